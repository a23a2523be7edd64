package org.zhedition.content;

import org.zhedition.script.Phrases;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zhedition.glossary.Glossary;
import org.zhedition.script.Rule;

/**
 * Everything in {@code content/}, loaded and checked once; every later stage reads only this.
 *
 * @param articles newest first ({@link ContentLoader#NEWEST_FIRST}: by date, then slug), so output never
 *                 depends on directory listing order
 * @param rules    the site-wide conversion rules
 * @param phrases  the same, indexed (once per build): each article's converter adds its own on them
 * @param media    the image files the articles show: path relative to {@code content/} and to
 *                 {@code site/} ({@code media/x.jpg}) → the file, read when it is written
 */
public record Content(Path root, SiteConfig site, List<Article> articles, Glossary glossary, List<Rule> rules,
        Phrases phrases, SortedMap<String, Path> media) {
    public Content {
        articles = List.copyOf(articles);
        rules = List.copyOf(rules);
        media = Collections.unmodifiableSortedMap(new TreeMap<>(media));
    }
}
