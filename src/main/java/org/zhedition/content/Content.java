package org.zhedition.content;

import java.nio.file.Path;
import java.util.List;
import org.zhedition.glossary.Glossary;
import org.zhedition.script.Rule;

/**
 * Everything in {@code content/}, loaded and checked once; every later stage reads only this.
 *
 * @param articles sorted by slug, so output never depends on directory listing order
 * @param rules    the site-wide conversion rules
 */
public record Content(Path root, SiteConfig site, List<Article> articles, Glossary glossary, List<Rule> rules) {
    public Content {
        articles = List.copyOf(articles);
        rules = List.copyOf(rules);
    }
}
