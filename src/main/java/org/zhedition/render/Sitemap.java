package org.zhedition.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhedition.content.ArticleDate;
import org.zhedition.site.SiteLayout;

/**
 * {@code sitemap.xml} for search engines; written only when the editor sets a base URL. The
 * sitemap protocol allows {@value #LIMIT} addresses in one file: a site with more gets a sitemap
 * index instead ({@code <sitemapindex>} in {@code sitemap.xml}) listing the parts
 * {@code sitemap-1.xml}, {@code sitemap-2.xml} …, each with at most {@value #LIMIT} addresses in
 * the same order as one file would list them.
 */
final class Sitemap {
    /** The most addresses one sitemap file may list (sitemaps.org protocol). */
    static final int LIMIT = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /**
     * The sitemap's files, by path in the site: {@code sitemap.xml} alone, or with more than
     * {@value #LIMIT} pages the index and its parts.
     *
     * @param pages each page to list (relative to the site) with its last change: the article's
     *              {@code updated} or {@code date}, for pages about all articles the latest of
     *              them; null for none
     */
    static Map<String, byte[]> files(String baseUrl, Map<String, ArticleDate> pages) {
        return files(baseUrl, pages, LIMIT);
    }

    /** As {@link #files(String, Map)}, with at most {@code limit} addresses per file (tests split small sites). */
    static Map<String, byte[]> files(String baseUrl, Map<String, ArticleDate> pages, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a sitemap lists at least one address: " + limit);
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (pages.size() <= limit) {
            out.put(SiteLayout.SITEMAP, of(baseUrl, pages));
            return out;
        }
        List<Map.Entry<String, ArticleDate>> all = new ArrayList<>(pages.entrySet());
        XmlDocument index = new XmlDocument("sitemapindex", NAMESPACE);
        for (int from = 0, n = 1; from < all.size(); from += limit, n++) {
            Map<String, ArticleDate> part = new LinkedHashMap<>();
            for (Map.Entry<String, ArticleDate> e : all.subList(from, Math.min(all.size(), from + limit))) {
                part.put(e.getKey(), e.getValue());
            }
            String path = SiteLayout.sitemapPart(n);
            out.put(path, of(baseUrl, part));
            index.open("sitemap").element("loc", baseUrl + path);
            ArticleDate latest = part.values().stream().filter(Objects::nonNull)
                    .max(Comparator.comparing(ArticleDate::instant)).orElse(null);
            if (latest != null) {
                index.element("lastmod", latest.iso());
            }
            index.close();
        }
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(SiteLayout.SITEMAP, index.finish());
        ordered.putAll(out);
        return ordered;
    }

    /** One sitemap file ({@code <urlset>}) listing {@code pages}. */
    static byte[] of(String baseUrl, Map<String, ArticleDate> pages) {
        XmlDocument xml = new XmlDocument("urlset", NAMESPACE);
        pages.forEach((path, lastmod) -> {
            xml.open("url").element("loc", baseUrl + path);
            if (lastmod != null) {
                xml.element("lastmod", lastmod.iso());
            }
            xml.close();
        });
        return xml.finish();
    }
}
