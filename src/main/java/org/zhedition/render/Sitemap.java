package org.zhedition.render;

import java.util.Map;
import org.zhedition.content.ArticleDate;

/** {@code sitemap.xml} for search engines; written only when the editor sets a base URL. */
final class Sitemap {
    private Sitemap() {
    }

    /**
     * @param pages each page to list (relative to the site) with its last change: the article's
     *              {@code updated} or {@code date}, for pages about all articles the latest of
     *              them; null for none
     */
    static byte[] of(String baseUrl, Map<String, ArticleDate> pages) {
        XmlDocument xml = new XmlDocument("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
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
