package org.zhedition.site;

import java.util.Set;
import java.util.TreeSet;

/**
 * Where each file of {@code site/} is: the one place that spells a page's path. Paths are
 * relative to {@code site/}, with {@code /} between folders; an edition's folder is its
 * language tag ({@code zh-Hant}, {@code zh-Hans}).
 *
 * <pre>
 * index.html  404.html  sitemap.xml  sw.js  assets/…  media/…
 * zh-Hant/&lt;slug&gt;.html  zh-Hant/&lt;slug&gt;.epub  zh-Hant/glossary.html   (and the same in zh-Hans/)
 * parallel/&lt;slug&gt;.html
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

    /** An article's parallel view (both editions side by side). */
    public static String parallelPage(String slug) {
        return "parallel/" + slug + ".html";
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
    public static Set<String> articleFiles(Iterable<String> editions, String slug) {
        Set<String> files = new TreeSet<>();
        for (String e : editions) {
            files.add(articlePage(e, slug));
            files.add(book(e, slug));
        }
        files.add(parallelPage(slug));
        return files;
    }
}
