package org.zhedition.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhedition.content.ArticleDate;

/**
 * The sitemap: one {@code <urlset>} up to the protocol's 50,000 addresses, byte for byte as it
 * always was; beyond, {@code sitemap.xml} is a {@code <sitemapindex>} of parts that together list
 * every address once. The split is exercised with a small limit rather than 50,000 pages.
 */
class SitemapTest {
    private static final String BASE = "https://example.org/site/";

    /** {@code n} pages, in the order the build lists them (a sorted map), some without a date. */
    private static SortedMap<String, ArticleDate> pages(int n) {
        SortedMap<String, ArticleDate> pages = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            ArticleDate date = i % 5 == 3 ? null
                    : i % 3 == 0 ? new ArticleDate(LocalDate.of(2025, 1, 1).plusDays(i * 11L % 97), null)
                    : new ArticleDate(LocalDate.of(2025, 3, 1).plusDays(i), OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0,
                            ZoneOffset.ofHours(8)).plusDays(i));
            pages.put(String.format(java.util.Locale.ROOT, "zh-Hant/p%03d.html", i), date);
        }
        return pages;
    }

    private static Document xml(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    @Test
    void theProtocolsLimitIsFiftyThousand() {
        assertEquals(50_000, Sitemap.LIMIT);
    }

    @Test
    void aSiteWithinTheLimitHasOneSitemapAsBefore() {
        Map<String, ArticleDate> pages = new LinkedHashMap<>();
        pages.put("index.html", new ArticleDate(LocalDate.of(2026, 6, 30), null));
        pages.put("zh-Hant/a.html", new ArticleDate(LocalDate.of(2025, 1, 28),
                OffsetDateTime.of(2025, 1, 28, 9, 30, 0, 0, ZoneOffset.ofHours(8))));
        pages.put("zh-Hant/b&c.html", null);
        Map<String, byte[]> files = Sitemap.files(BASE, pages);
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url>
                    <loc>https://example.org/site/index.html</loc>
                    <lastmod>2026-06-30</lastmod>
                  </url>
                  <url>
                    <loc>https://example.org/site/zh-Hant/a.html</loc>
                    <lastmod>2025-01-28T09:30:00+08:00</lastmod>
                  </url>
                  <url>
                    <loc>https://example.org/site/zh-Hant/b&amp;c.html</loc>
                  </url>
                </urlset>
                """, new String(files.get("sitemap.xml"), StandardCharsets.UTF_8));
    }

    /** Up to the limit, and at it exactly, one file: the same bytes as the single sitemap. */
    @ParameterizedTest
    @ValueSource(ints = {7, 8, 100})
    void atOrUnderTheLimitTheSitemapIsOneUrlset(int limit) {
        SortedMap<String, ArticleDate> pages = pages(7);
        Map<String, byte[]> files = Sitemap.files(BASE, pages, limit);
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        assertArrayEquals(Sitemap.of(BASE, pages), files.get("sitemap.xml"));
        assertEquals("urlset", xml(files.get("sitemap.xml")).child(0).tagName());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6})
    void overTheLimitSitemapXmlIndexesPartsThatListEveryAddressOnce(int limit) {
        SortedMap<String, ArticleDate> pages = pages(7);
        Map<String, byte[]> files = Sitemap.files(BASE, pages, limit);
        int parts = (pages.size() + limit - 1) / limit;
        List<String> names = new ArrayList<>(List.of("sitemap.xml"));
        for (int n = 1; n <= parts; n++) {
            names.add("sitemap-" + n + ".xml");
        }
        assertEquals(names, List.copyOf(files.keySet()), "the index and its parts");

        Element index = xml(files.get("sitemap.xml")).child(0);
        assertEquals("sitemapindex", index.tagName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", index.attr("xmlns"));
        List<Element> entries = index.children();
        assertEquals(parts, entries.size());
        List<String> listed = new ArrayList<>();
        for (int n = 1; n <= parts; n++) {
            Element entry = entries.get(n - 1);
            assertEquals("sitemap", entry.tagName());
            assertEquals(BASE + "sitemap-" + n + ".xml", entry.selectFirst("loc").text(), "absolute, from base_url");
            Element part = xml(files.get("sitemap-" + n + ".xml")).child(0);
            assertEquals("urlset", part.tagName());
            List<Element> urls = part.children();
            assertTrue(!urls.isEmpty() && urls.size() <= limit, "part " + n + " has " + urls.size());
            ArticleDate latest = null;
            for (Element url : urls) {
                String loc = url.selectFirst("loc").text();
                listed.add(loc);
                ArticleDate d = pages.get(loc.substring(BASE.length()));
                Element lastmod = url.selectFirst("lastmod");
                assertEquals(d == null ? null : d.iso(), lastmod == null ? null : lastmod.text(), loc);
                if (d != null && (latest == null || d.instant().isAfter(latest.instant()))) {
                    latest = d;
                }
            }
            Element lastmod = entry.selectFirst("lastmod");
            assertEquals(latest == null ? null : latest.iso(), lastmod == null ? null : lastmod.text(),
                    "a part's lastmod is its latest page's");
        }
        assertEquals(pages.keySet().stream().map(p -> BASE + p).toList(), listed, "every address once, in order");
    }
}
