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
 * sitemap-1.xml  sitemap-2.xml …      (only when the site has more addresses than one sitemap may list)
 * zh-Hant/&lt;slug&gt;.html  zh-Hant/&lt;slug&gt;.epub  zh-Hant/glossary.html  zh-Hant/feed.xml   (and the same in every edition's folder)
 * zh-Hant/tags/index.html  zh-Hant/tags/&lt;tag&gt;.html
 * parallel/&lt;slug&gt;.html  parallel/&lt;slug&gt;.zh-Hant.zh-TW.html …      (one per pair of editions)
 * </pre>
 */
public final class SiteLayout {
    /** A folder's own page, the one a browser opens for the folder's address. */
    public static final String INDEX = "index.html";
    /** The home page. */
    public static final String HOME = INDEX;
    /** The page the host serves for an address it does not have. */
    public static final String NOT_FOUND = "404.html";
    /** For search engines only: the sitemap, or on a very large site the index of its parts. */
    public static final String SITEMAP = "sitemap.xml";
    /** The beginning of a sitemap part's name ({@link #sitemapPart}). */
    private static final String SITEMAP_PART = "sitemap-";
    /** The service worker: at the root, so that its scope is the whole site. */
    public static final String SERVICE_WORKER = "sw.js";
    /** An edition's Atom feed's file name within its folder. */
    public static final String FEED = "feed.xml";
    /** The folder of an edition's tag pages. */
    public static final String TAGS = "tags";
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

    /**
     * Part {@code n} (from 1) of a sitemap too long for one file, {@code sitemap-1.xml}; then
     * {@link #SITEMAP} is the index of the parts.
     */
    public static String sitemapPart(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("sitemap parts count from 1: " + n);
        }
        return SITEMAP_PART + n + ".xml";
    }

    /** Whether {@code path} is the sitemap or one of its parts: files for search engines, not for readers. */
    public static boolean isSitemap(String path) {
        return path.equals(SITEMAP) || path.matches(java.util.regex.Pattern.quote(SITEMAP_PART) + "[1-9][0-9]*\\.xml");
    }

    /** An edition's Atom feed. */
    public static String feed(String edition) {
        return edition + "/" + FEED;
    }

    /** An edition's tag index: every tag, with how many articles carry it. */
    public static String tagIndex(String edition) {
        return edition + "/" + TAGS + "/" + INDEX;
    }

    /** One tag's page in one edition. */
    public static String tagPage(String edition, String tagSlug) {
        return edition + "/" + TAGS + "/" + tagSlug + ".html";
    }

    /**
     * The relative link from the page at {@code from} to the file at {@code to} (both relative to
     * site/): the folders they share left out, one {@code ../} for each other folder of {@code from}.
     * {@code zh-Hant/a.html} → {@code zh-Hant/tags/t.html} is {@code tags/t.html}, back is {@code ../a.html}.
     */
    public static String link(String from, String to) {
        String[] a = from.split("/", -1);
        String[] b = to.split("/", -1);
        int shared = 0;
        while (shared < a.length - 1 && shared < b.length - 1 && a[shared].equals(b[shared])) {
            shared++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = shared; i < a.length - 1; i++) {
            out.append("../");
        }
        for (int i = shared; i < b.length; i++) {
            out.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return out.toString();
    }

    /** The file name of {@code path}: the link to it from a page in the same folder. */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
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
