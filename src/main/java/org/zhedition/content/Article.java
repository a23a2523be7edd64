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
 * @param date        when the article was first published (front matter {@code date:})
 * @param updated     when it was last changed ({@code updated:}), never before {@code date}; null when never
 * @param source      where the text comes from; {@link Source#NONE} for an article written for this site
 * @param credits     the article's own credits line (front matter {@code credits:}), or empty
 * @param punctuation quotation style per edition chosen in front matter ({@code punctuation:
 *                    {zh-Hans: keep}}), by edition id; an edition not named here follows {@code site.yaml}
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
        ArticleDate date,
        ArticleDate updated,
        String description,
        List<String> keywords,
        Source source,
        String credits,
        List<Emendation> emendations,
        List<Rule> rules,
        Map<String, Punctuation> punctuation,
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

    /** The latest date of the article: {@code updated}, or {@code date} when it was never updated. */
    public ArticleDate modified() {
        return updated == null ? date : updated;
    }

    /**
     * Where the text comes from (front matter {@code source:}): every field but
     * {@code publication} may be empty; all empty ({@link #NONE}) for an article written for
     * this site.
     *
     * @param headline the headline as first published
     * @param url      the original's address: http or https only, checked at load
     */
    public record Source(String publication, String author, String column, String headline, String url) {
        public static final Source NONE = new Source("", "", "", "", "");

        public boolean isEmpty() {
            return publication.isEmpty();
        }
    }

    /** One editorial change to the source, shown on the page as a scholarly edition would. */
    public record Emendation(String at, String was, String now, String note) {
    }
}
