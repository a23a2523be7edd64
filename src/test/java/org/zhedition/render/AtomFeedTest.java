package org.zhedition.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhedition.build.Build;
import org.zhedition.script.Script;

/**
 * Each edition's Atom feed, read back with a real feed parser (ROME): Atom 1.0, the edition's
 * language, entries newest first with title, standfirst as summary, dates, stable absolute ids and
 * links to pages that exist; announced by the edition's pages; skipped without a base URL.
 */
public class AtomFeedTest {
    @TempDir
    static Path dir;
    static Build.Result built;

    @BeforeAll
    static void build() {
        built = DatedSite.build(DatedSite.copy(dir.resolve("a"), DatedSite.BASE));
    }

    /** A feed as ROME reads it, with the language of its root (ROME's Atom model has no field for xml:lang). */
    public record Parsed(Feed feed, String language) {
    }

    public static Parsed parse(byte[] xml) throws Exception {
        // The XML parser ROME itself uses (JDOM), so the language is read from the same document.
        org.jdom2.Document document = new org.jdom2.input.SAXBuilder().build(new ByteArrayInputStream(xml));
        WireFeed feed = new WireFeedInput().build(document);
        assertEquals("atom_1.0", feed.getFeedType());
        return new Parsed((Feed) feed, document.getRootElement().getAttributeValue("lang", org.jdom2.Namespace.XML_NAMESPACE));
    }

    private static String alternate(List<Link> links) {
        List<String> hrefs = links.stream().filter(l -> l.getRel() == null || l.getRel().equals("alternate"))
                .map(Link::getHref).toList();
        assertEquals(1, hrefs.size(), hrefs.toString());
        return hrefs.get(0);
    }

    /** What the built page says about itself: the feed must say the same. */
    private static Document page(Script s, String slug) {
        return Jsoup.parse(DatedSite.text(built, s.tag() + "/" + slug + ".html"));
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void eachEditionsFeedListsItsArticlesNewestFirstWithAbsoluteLinks(Script s) throws Exception {
        Parsed parsed = parse(built.files().get(AtomFeed.path(s.tag())));
        Feed feed = parsed.feed();
        assertEquals(s.tag(), parsed.language());
        assertEquals(DatedSite.BASE + s.tag() + "/feed.xml", feed.getId());
        assertTrue(feed.getOtherLinks().stream().anyMatch(l -> "self".equals(l.getRel())
                && l.getHref().equals(DatedSite.BASE + s.tag() + "/feed.xml")), "rel=self");
        assertEquals(s == Script.HANT ? "測試讀本（繁體中文）" : "测试读本（简体中文）", feed.getTitle());
        // The latest change of any article: the newest one's update, 10:00 in Hong Kong.
        assertEquals(Instant.parse("2025-03-02T02:00:00Z"), feed.getUpdated().toInstant());

        List<String> slugs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry e : feed.getEntries()) {
            String href = alternate(e.getAlternateLinks());
            assertTrue(href.startsWith(DatedSite.BASE + s.tag() + "/") && href.endsWith(".html"), href);
            String path = href.substring(DatedSite.BASE.length());
            assertTrue(built.files().containsKey(path), "the entry links to a page of the site: " + path);
            assertTrue(URI.create(e.getId()).isAbsolute() && ids.add(e.getId()), "absolute, unique id " + e.getId());
            String slug = path.substring(s.tag().length() + 1, path.length() - ".html".length());
            slugs.add(slug);
            Document page = page(s, slug);
            assertEquals(page.selectFirst("h1").text(), e.getTitle(), "title in the edition's script");
            assertEquals(page.selectFirst(".standfirst").text(), e.getSummary().getValue(), "summary is the standfirst");
            Element published = page.selectFirst(".dateline time");
            assertEquals(Instant.from(parseIso(published.attr("datetime"))), e.getPublished().toInstant(), slug);
        }
        assertEquals(DatedSite.NEWEST_FIRST, slugs);
        Map<String, Entry> bySlug = new java.util.HashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            bySlug.put(slugs.get(i), feed.getEntries().get(i));
        }
        assertEquals(Instant.parse("2025-02-28T23:30:00Z"), bySlug.get("newest").getPublished().toInstant());
        assertEquals(Instant.parse("2025-03-02T02:00:00Z"), bySlug.get("newest").getUpdated().toInstant());
        // A day alone is midnight UTC; without updated:, updated is the date.
        assertEquals(Instant.parse("2024-11-05T00:00:00Z"), bySlug.get("older").getPublished().toInstant());
        assertEquals(Instant.parse("2024-11-05T00:00:00Z"), bySlug.get("older").getUpdated().toInstant());
        assertEquals(s == Script.HANT ? "陳大文" : "陈大文", bySlug.get("older").getAuthors().get(0).getName());
        assertEquals(List.of(s == Script.HANT ? "電腦" : "电脑", s == Script.HANT ? "歷史" : "历史"),
                bySlug.get("older").getCategories().stream().map(c -> c.getTerm()).toList());
        assertEquals(DatedSite.BASE + s.tag() + "/older.html", bySlug.get("older").getId());
    }

    private static java.time.temporal.TemporalAccessor parseIso(String iso) {
        return iso.length() == 10 ? java.time.LocalDate.parse(iso).atStartOfDay(java.time.ZoneOffset.UTC)
                : java.time.OffsetDateTime.parse(iso);
    }

    @Test
    void theSameContentGivesTheSameFeedsByteForByte() {
        Build.Result again = DatedSite.build(DatedSite.copy(dir.resolve("b"), DatedSite.BASE));
        for (Script s : Script.values()) {
            assertArrayEquals(built.files().get(AtomFeed.path(s.tag())), again.files().get(AtomFeed.path(s.tag())), s.tag());
        }
    }

    @Test
    void everyPageAnnouncesTheFeedsOfItsScripts() {
        for (String path : built.files().keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(DatedSite.text(built, path));
            List<String> feeds = new ArrayList<>();
            for (Element link : page.select("head link[rel=alternate][type=application/atom+xml]")) {
                String target = URI.create("https://x/" + path).resolve(link.attr("href")).getPath().substring(1);
                assertTrue(built.files().containsKey(target), path + " announces a feed that is not there: " + target);
                assertEquals(link.attr("hreflang") + "/feed.xml", target, path);
                assertFalse(link.attr("title").isEmpty(), path);
                feeds.add(link.attr("hreflang"));
            }
            List<String> expected = path.equals("404.html") ? List.of()
                    : path.equals("index.html") || path.startsWith("parallel/") ? List.of("zh-Hant", "zh-Hans")
                    : List.of(path.substring(0, path.indexOf('/')));
            assertEquals(expected, feeds, path);
        }
    }

    @Test
    void textThatLooksLikeMarkupOrCannotBeInXmlStaysReadable(@TempDir Path other) throws Exception {
        Path root = DatedSite.copy(other, DatedSite.BASE);
        // Characters no XML document may hold (\x01, \uFFFE) are refused at load (HostileInputTest).
        DatedSite.edit(root.resolve("content/articles/newest.md"), "title: 最新：本站自己寫的文章",
                "title: \"<b>粗體</b> & <![CDATA[ ]]> \\\"引號\\\" '單引號'\"");
        Build.Result r = DatedSite.build(root);
        Feed feed = parse(r.files().get(AtomFeed.path(Script.HANT.tag()))).feed();
        assertEquals("<b>粗體</b> & <![CDATA[ ]]> \"引號\" '單引號'", feed.getEntries().get(0).getTitle());
    }

    @Test
    void withoutABaseUrlThereAreNoFeedsAndNoPageAnnouncesOne(@TempDir Path other) {
        Build.Result r = DatedSite.build(DatedSite.copy(other, ""));
        for (Script s : Script.values()) {
            assertNull(r.files().get(AtomFeed.path(s.tag())));
        }
        r.files().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("application/atom+xml"), path);
            }
        });
        assertEquals(0, r.report().count("feeds"));
        assertEquals(2, built.report().count("feeds"));
    }
}
