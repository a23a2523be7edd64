package org.zhedition.content;

import java.util.Map;
import org.zhedition.glossary.Annotate;
import org.zhedition.script.Punctuation;
import org.zhedition.script.Script;

/**
 * The editor's site-wide settings from {@code content/site.yaml}.
 *
 * @param title       the site's name, written in Traditional Chinese (converted per edition)
 * @param baseUrl     the public address ending in {@code /}, or empty: without it no page points online
 * @param annotate    which occurrences of a glossary term get a note
 * @param punctuation quotation style per edition
 * @param labels      the pages' own words (buttons, headings), in Traditional Chinese
 */
public record SiteConfig(
        String title,
        String tagline,
        String baseUrl,
        Annotate annotate,
        Map<Script, Punctuation> punctuation,
        Map<String, String> labels) {

    public SiteConfig {
        punctuation = Map.copyOf(punctuation);
        labels = Map.copyOf(labels);
    }
}
