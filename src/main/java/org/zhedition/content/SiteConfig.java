package org.zhedition.content;

import java.util.List;
import java.util.Map;
import org.zhedition.glossary.Annotate;
import org.zhedition.script.EditionSpec;

/**
 * The editor's site-wide settings from {@code content/site.yaml}.
 *
 * @param title    the site's name, written in Traditional Chinese (converted per edition)
 * @param baseUrl  the public address ending in {@code /}, or empty: without it no page points online
 * @param annotate which occurrences of a glossary term get a note
 * @param editions the editions, in the order the site lists them ({@code editions:}); the first is
 *                 the one pages about every edition (home, parallel view, 404) are written in
 * @param labels   the pages' own words (buttons, headings), in Traditional Chinese
 */
public record SiteConfig(
        String title,
        String tagline,
        String baseUrl,
        Annotate annotate,
        List<EditionSpec> editions,
        Map<String, String> labels) {

    public SiteConfig {
        editions = List.copyOf(editions);
        labels = Map.copyOf(labels);
    }

    /** The edition with {@code id}, or null. */
    public EditionSpec edition(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Each edition's punctuation, by id. */
    public Map<String, org.zhedition.script.Punctuation> punctuation() {
        Map<String, org.zhedition.script.Punctuation> out = new java.util.LinkedHashMap<>();
        editions.forEach(e -> out.put(e.id(), e.punctuation()));
        return out;
    }
}
