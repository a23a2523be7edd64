package org.zhedition.render;

import java.util.Collection;

/** {@code sitemap.xml} for search engines; written only when the editor sets a base URL. */
final class Sitemap {
    private Sitemap() {
    }

    static String of(String baseUrl, Collection<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) {
            if (p.endsWith(".html") && !p.equals("404.html")) {
                xml.append("  <url><loc>").append(escape(baseUrl + p)).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
