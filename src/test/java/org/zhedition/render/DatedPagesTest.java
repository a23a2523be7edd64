package org.zhedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.build.Build;

/**
 * Dates, sources and credits belong to the article, over the dated-site fixture: the article
 * page shows its dates with {@code <time datetime>} in each script's own form and names them in
 * its metadata; the e-book and the sitemap take their dates from the front matter; the home page
 * lists newest first with the date and its footer names no publication; each article's source,
 * author, address and credits appear on its own pages only.
 */
class DatedPagesTest {
    @TempDir
    static Path dir;
    static Build.Result built;

    @BeforeAll
    static void build() {
        built = DatedSite.build(DatedSite.copy(dir, DatedSite.BASE));
    }

    private static Document page(String path) {
        return Jsoup.parse(DatedSite.text(built, path));
    }

    private static String meta(Document d, String property) {
        Element e = d.selectFirst("meta[property=" + property + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void theArticlePageShowsItsDatesInEachScriptsOwnForm() {
        Document hant = page("zh-Hant/newest.html");
        Document hans = page("zh-Hans/newest.html");
        for (Document d : List.of(hant, hans)) {
            List<Element> times = d.select(".article-head .dateline time");
            assertEquals(2, times.size(), d.location());
            assertEquals("2025-03-01T07:30:00+08:00", times.get(0).attr("datetime"));
            assertEquals("2025年3月1日", times.get(0).text(), "the day as written in Hong Kong time (in UTC it is still 28 February)");
            assertEquals("2025-03-02T10:00:00+08:00", times.get(1).attr("datetime"));
            assertEquals("2025年3月2日", times.get(1).text());
            assertEquals("2025-03-01T07:30:00+08:00", meta(d, "article:published_time"));
            assertEquals("2025-03-02T10:00:00+08:00", meta(d, "article:modified_time"));
        }
        // The digits are the same in both scripts; the label's words are converted.
        assertEquals("2025年3月1日（2025年3月2日修訂）", hant.selectFirst(".article-head .dateline").text());
        assertEquals("2025年3月1日（2025年3月2日修订）", hans.selectFirst(".article-head .dateline").text());

        Document older = page("zh-Hans/older.html");
        assertEquals("2024-11-05", older.selectFirst(".dateline time").attr("datetime"));
        assertEquals("2024年11月5日", older.selectFirst(".dateline").text(), "no update: one date");
        assertEquals("2024-11-05", meta(older, "article:published_time"));
        assertNull(meta(older, "article:modified_time"));
        Document parallel = page("parallel/newest.html");
        assertEquals(List.of("2025年3月1日（2025年3月2日修訂）", "2025年3月1日（2025年3月2日修订）"),
                parallel.select(".parallel-head .dateline").eachText());
    }

    @Test
    void theHomePageListsNewestFirstTiesBySlugWithTheDate() {
        Document home = page("index.html");
        List<String> slugs = home.select(".article-card").eachAttr("data-slug");
        assertEquals(DatedSite.NEWEST_FIRST, slugs);
        assertEquals(List.of("2025-03-01T07:30:00+08:00", "2025-01-28", "2025-01-28", "2024-11-05"),
                home.select(".article-card .card-date time").eachAttr("datetime"));
        assertEquals(List.of("2025年3月1日", "2025年1月28日", "2025年1月28日", "2024年11月5日"),
                home.select(".article-card .card-date time").eachText());
    }

    @Test
    void sourceAuthorAddressAndCreditsAreTheArticlesOwn() {
        Document hant = page("zh-Hant/older.html");
        Document hans = page("zh-Hans/older.html");
        Element link = hant.selectFirst(".credits a[rel=external]");
        assertEquals("https://example.org/news/2024/11/05?id=7&lang=zh-Hant", link.attr("href"));
        assertTrue(DatedSite.text(built, "zh-Hant/older.html")
                .contains("href=\"https://example.org/news/2024/11/05?id=7&amp;lang=zh-Hant\""), "escaped in the attribute");
        assertEquals("測試週報", link.text());
        assertEquals(List.of("來源", "作者", "欄目", "原標題"), hant.select(".credits dt").eachText());
        assertEquals(List.of("测试周报", "陈大文", "科技", "原來的標題"), hans.select(".credits dd").eachText());
        assertEquals("原文刊於測試週報，經作者同意轉載。", hant.selectFirst(".credits > p").text());
        assertEquals("原文刊于测试周报，经作者同意转载。", hans.selectFirst(".credits > p").text());
        assertEquals("測試週報 · 科技", hant.selectFirst(".kicker").text());

        // An article written for the site: no source, no credits, and nothing borrowed from another.
        Document own = page("zh-Hant/newest.html");
        assertNull(own.selectFirst(".kicker"));
        assertNull(own.selectFirst(".credits"));
        Document plain = page("zh-Hant/same-day-a.html");
        assertEquals(List.of("測試日報"), plain.select(".credits dd").eachText());
        assertNull(plain.selectFirst(".credits > p"), "no credits line of its own, none of another's");

        for (Map.Entry<String, byte[]> e : built.files().entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            if (e.getKey().endsWith(".html") && !e.getKey().contains("older")) {
                for (String own2 : List.of("經作者同意", "经作者同意", "陳大文", "陈大文", "example.org/news")) {
                    assertFalse(text.contains(own2), e.getKey() + " shows " + own2 + ", which belongs to another article");
                }
            }
        }
    }

    @Test
    void theHomeFooterNamesNoPublication() {
        Element footer = page("index.html").selectFirst("footer");
        for (String word : List.of("測試週報", "测试周报", "測試日報", "测试日报", "原文", "轉載", "鳴謝")) {
            assertFalse(footer.text().contains(word), footer.text());
        }
        assertEquals(List.of("zh-Hant/feed.xml", "zh-Hans/feed.xml"), footer.select("a").eachAttr("href"));
    }

    private static org.w3c.dom.Document opf(String epub) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(built.files().get(epub)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("EPUB/package.opf")) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        throw new IOException("no package.opf in " + epub);
    }

    private static String dc(org.w3c.dom.Document opf, String name) {
        var nodes = opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static String modified(org.w3c.dom.Document opf) {
        var metas = opf.getElementsByTagNameNS("http://www.idpf.org/2007/opf", "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            var m = (org.w3c.dom.Element) metas.item(i);
            if (m.getAttribute("property").equals("dcterms:modified")) {
                return m.getTextContent();
            }
        }
        return null;
    }

    @Test
    void theEbookIsDatedFromTheFrontMatter() throws Exception {
        org.w3c.dom.Document newest = opf("zh-Hans/newest.epub");
        assertEquals("2025-03-01T07:30:00+08:00", dc(newest, "date"));
        assertEquals("2025-03-02T02:00:00Z", modified(newest), "the update, in UTC as EPUB requires");
        assertNull(dc(newest, "source"));
        org.w3c.dom.Document older = opf("zh-Hant/older.epub");
        assertEquals("2024-11-05", dc(older, "date"));
        assertEquals("2024-11-05T00:00:00Z", modified(older));
        assertEquals("陳大文", dc(older, "creator"));
        assertTrue(dc(older, "source").contains("https://example.org/news/2024/11/05?id=7&lang=zh-Hant"));
    }

    @Test
    void theSitemapDatesEachPageByItsArticle() {
        String sitemap = DatedSite.text(built, "sitemap.xml");
        List<String> entries = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<loc>" + java.util.regex.Pattern.quote(DatedSite.BASE)
                + "([^<]+)</loc>\\s*<lastmod>([^<]+)</lastmod>").matcher(sitemap);
        while (m.find()) {
            entries.add(m.group(1) + " " + m.group(2));
        }
        assertTrue(entries.contains("zh-Hant/older.html 2024-11-05"), entries.toString());
        assertTrue(entries.contains("zh-Hans/newest.html 2025-03-02T10:00:00+08:00"), entries.toString());
        assertTrue(entries.contains("parallel/same-day-b.html 2025-01-28"), entries.toString());
        assertTrue(entries.contains("index.html 2025-03-02T10:00:00+08:00"), "the home page changes with the latest article");
    }

    /** No clock, no time zone, no locale: the same content gives the same bytes anywhere. */
    @Test
    void theOutputDoesNotDependOnTheMachinesTimeZoneOrLocale(@TempDir Path other) {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Build.Result elsewhere;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab-ca-islamic"));
            elsewhere = DatedSite.build(DatedSite.copy(other, DatedSite.BASE));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertEquals(built.files().keySet(), elsewhere.files().keySet());
        for (String path : built.files().keySet()) {
            assertNotNull(elsewhere.files().get(path));
            assertTrue(java.util.Arrays.equals(built.files().get(path), elsewhere.files().get(path)), path);
        }
    }
}
