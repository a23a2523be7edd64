package org.zhedition.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each file of {@code site/} is: the one place that spells a page's path. Paths are
 * relative to {@code site/}, with {@code /} between folders; an edition's folder is its
 * language tag ({@code zh-Hant}, {@code zh-Hans}).
 *
 * <pre>
 * index.html  404.html  sitemap.xml  sw.js  assets/…  media/…
 * zh-Hant/&lt;slug&gt;.html  zh-Hant/&lt;slug&gt;.epub  zh-Hant/glossary.html   (and the same in every edition's folder)
 * parallel/&lt;slug&gt;.html  parallel/&lt;slug&gt;.zh-Hant.zh-TW.html …      (one per pair of editions)
 * </pre>
 */
public final class SiteLayout {
    /** The home page. */
    public static final String HOME = "index.html";
    /** The page the host serves for an address it does not have. */
    public static final String NOT_FOUND = "404.html";
    /** For search engines only. */
    public static final String SITEMAP = "sitemap.xml";
    /** The glossary page's file name within an edition folder. */
    public static final String GLOSSARY_PAGE = "glossary.html";
    /** Page names an edition folder already has (the glossary): no article may take one. */
    public static final Set<String> RESERVED_SLUGS = Set.of("glossary");

    private SiteLayout() {
    }

    /** An article's page in one edition. */
    public static String articlePage(String edition, String slug) {
        return edition + "/" + slug + ".html";
    }

    /** An article's parallel view of the site's first two editions side by side. */
    public static String parallelPage(String slug) {
        return "parallel/" + slug + ".html";
    }

    /**
     * An article's parallel view of two editions, {@code left} before {@code right} in the
     * site's list: the first two editions' is {@link #parallelPage(String)}, any other pair's
     * {@code parallel/<slug>.<left>.<right>.html} (a slug has no '.', so no two pairs meet).
     *
     * @param editions the site's editions' ids, in order
     */
    public static String parallelPage(List<String> editions, String slug, String left, String right) {
        if (editions.size() < 2 || editions.get(0).equals(left) && editions.get(1).equals(right)) {
            return parallelPage(slug);
        }
        return "parallel/" + slug + "." + left + "." + right + ".html";
    }

    /** Every pair of editions, in the site's order: (1, 2), (1, 3) … (2, 3) …; each pair's parallel view. */
    public static List<List<String>> pairs(List<String> editions) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            for (int j = i + 1; j < editions.size(); j++) {
                out.add(List.of(editions.get(i), editions.get(j)));
            }
        }
        return out;
    }

    /** An article's e-book in one edition. */
    public static String book(String edition, String slug) {
        return edition + "/" + slug + ".epub";
    }

    /** An edition's glossary page. */
    public static String glossaryPage(String edition) {
        return edition + "/" + GLOSSARY_PAGE;
    }

    /** The files an article's own stages make: its page and e-book in each edition, its parallel view. */
    public static Set<String> articleFiles(List<String> editions, String slug) {
        Set<String> files = new TreeSet<>();
        for (String e : editions) {
            files.add(articlePage(e, slug));
            files.add(book(e, slug));
        }
        files.add(parallelPage(slug));
        for (List<String> pair : pairs(editions)) {
            files.add(parallelPage(editions, slug, pair.get(0), pair.get(1)));
        }
        return files;
    }
}
