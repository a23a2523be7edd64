package org.zhedition.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.zhedition.script.Punctuation;
import org.zhedition.script.Rule;
import org.zhedition.script.Script;

/**
 * One article as the editor wrote it: front matter and Markdown body, in the source's script.
 *
 * @param slug        file name without {@code .md}; the page name in both editions
 * @param punctuation quotation style per edition chosen in front matter ({@code punctuation:
 *                    {zh-Hans: keep}}); an edition not named here follows {@code site.yaml}
 * @param rules       per-article conversion rules (front matter {@code conversion:} and inline
 *                    {@code -{H|…}-} / {@code -{A|…}-} markup)
 * @param bodyLine    the 1-based line of {@code file} where the body starts
 * @param images      the image files the body shows, relative to {@code content/} ({@code media/x.jpg})
 */
public record Article(
        String slug,
        Path file,
        Script script,
        String title,
        String standfirst,
        String description,
        List<String> keywords,
        Source source,
        List<Emendation> emendations,
        List<Rule> rules,
        Map<Script, Punctuation> punctuation,
        String body,
        int bodyLine,
        List<String> images) {

    public Article {
        keywords = List.copyOf(keywords);
        emendations = List.copyOf(emendations);
        rules = List.copyOf(rules);
        punctuation = Map.copyOf(punctuation);
        images = List.copyOf(images);
    }

    /** Where the text comes from; every field but {@code publication} may be empty. */
    public record Source(String publication, String column, String headline, String url) {
    }

    /** One editorial change to the source, shown on the page as a scholarly edition would. */
    public record Emendation(String at, String was, String now, String note) {
    }
}
