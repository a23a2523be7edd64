package org.zhedition.render;

import org.zhedition.site.SiteLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.zhedition.content.ArticleDate;
import org.zhedition.edition.EditionArticle;
import org.zhedition.edition.PublishedArticle;
import org.zhedition.edition.Tags;
import org.zhedition.body.BodyRenderer.Heading;

/**
 * What finds a reader their way among many articles: tags (see {@link Tags}), articles grouped
 * by month, the links to the next older and newer article, and an article's table of contents.
 * Each is the same in every edition but for the words: the same tags (slugs), the same months,
 * the same neighbours, the same heading ids.
 */
final class Archive {
    /** An article needs this many headings for a table of contents. */
    static final int CONTENTS_FROM = 3;

    private Archive() {
    }

    /**
     * One tag in one edition.
     *
     * @param name     its name in the edition: the form most of its articles print, the first in
     *                 code-point order among equals
     * @param articles the articles that carry it, newest first
     */
    record Tag(String slug, String name, List<PublishedArticle> articles) {
    }

    /**
     * An edition's tags, by slug (the order of their pages) and by name (the index's order: by
     * the name in the {@link Tags#identity} edition, so that every edition lists them alike).
     */
    record Tagged(List<Tag> tags, List<Tag> byName) {
    }

    /**
     * Every tag of an edition.
     *
     * @param articles each edition's articles, newest first, in the same order in every edition
     */
    static Tagged tags(Map<String, List<PublishedArticle>> articles, String edition, String identityEdition) {
        List<PublishedArticle> own = articles.get(edition);
        List<PublishedArticle> identity = articles.get(identityEdition);
        Map<String, List<PublishedArticle>> bySlug = new TreeMap<>();
        Map<String, Map<String, Integer>> forms = new TreeMap<>();
        Map<String, Map<String, Integer>> keyForms = new TreeMap<>();
        for (int i = 0; i < own.size(); i++) {
            PublishedArticle a = own.get(i);
            List<String> names = a.text().keywords();
            List<String> keys = identity.get(i).text().keywords();
            Set<String> seen = new LinkedHashSet<>();
            for (int k = 0; k < names.size(); k++) {
                String slug = Tags.slug(keys.get(k));
                forms.computeIfAbsent(slug, x -> new TreeMap<>()).merge(names.get(k).strip(), 1, Integer::sum);
                keyForms.computeIfAbsent(slug, x -> new TreeMap<>()).merge(keys.get(k).strip(), 1, Integer::sum);
                if (seen.add(slug)) {
                    bySlug.computeIfAbsent(slug, x -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Tag> tags = new ArrayList<>();
        bySlug.forEach((slug, list) -> tags.add(new Tag(slug, name(forms.get(slug)), List.copyOf(list))));
        List<Tag> byName = new ArrayList<>(tags);
        byName.sort(Comparator.comparing((Tag t) -> name(keyForms.get(t.slug()))).thenComparing(Tag::slug));
        return new Tagged(List.copyOf(tags), List.copyOf(byName));
    }

    /** The most used form; among equals the first in code-point order (the map is sorted). */
    private static String name(Map<String, Integer> forms) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> f : forms.entrySet()) {
            if (f.getValue() > most) {
                best = f.getKey();
                most = f.getValue();
            }
        }
        return best;
    }

    /**
     * An article's tags for its page in one edition, in the order of its keywords, each once:
     * name (the article's own form) and link from the article's page.
     */
    static List<Map<String, Object>> articleTags(Map<String, EditionArticle> both, String edition, String identityEdition) {
        List<String> names = both.get(edition).text().keywords();
        List<String> keys = both.get(identityEdition).text().keywords();
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            out.putIfAbsent(Tags.slug(keys.get(k)), names.get(k).strip());
        }
        List<Map<String, Object>> list = new ArrayList<>();
        String page = SiteLayout.articlePage(edition, both.get(edition).slug());
        out.forEach((slug, name) -> list.add(Map.of("name", name, "href", SiteLayout.link(page, Tags.path(edition, slug)))));
        return list;
    }

    /** The article's table of contents: its headings when it has {@link #CONTENTS_FROM} or more, else none. */
    static List<Map<String, Object>> contents(EditionArticle a) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (a.headings().size() < CONTENTS_FROM) {
            return out;
        }
        int top = a.headings().stream().mapToInt(Heading::level).min().orElse(2);
        for (Heading h : a.headings()) {
            out.add(Map.of("id", h.id(), "text", h.text(), "depth", h.level() - top));
        }
        return out;
    }

    /** A link to a neighbouring article from an article's page in one edition, or null. */
    static Map<String, Object> neighbour(Map<String, PublishedArticle> article, String edition) {
        if (article == null) {
            return null;
        }
        PublishedArticle a = article.get(edition);
        return Map.of("href", SiteLayout.fileName(SiteLayout.articlePage(edition, a.slug())), "title", a.text().title(), "date", a.text().article().date());
    }

    /**
     * Entries grouped by the month of their date as written (2025年1月), in the order of the
     * entries' first appearance: for a newest-first list, newest month first.
     *
     * @return each month: label, iso ({@code 2025-01}) and its entries in their order
     */
    static <T> List<Map<String, Object>> months(List<T> entries, Function<T, ArticleDate> date) {
        Map<String, List<T>> byMonth = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (T e : entries) {
            ArticleDate d = date.apply(e);
            byMonth.computeIfAbsent(d.isoMonth(), k -> new ArrayList<>()).add(e);
            labels.putIfAbsent(d.isoMonth(), d.chineseMonth());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byMonth.forEach((iso, list) -> out.add(Map.of("iso", iso, "label", labels.get(iso), "entries", list)));
        return out;
    }
}
