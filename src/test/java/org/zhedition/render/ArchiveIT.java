package org.zhedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhedition.ArchiveFixture;

/**
 * The archive of the 100-article fixture, read as built: the order of the home page, its months,
 * the previous/next links, the tag pages and index in both editions, the tables of contents, and
 * that the sitemap and the service worker list the new pages, the feeds' newest 50 entries and the
 * glossary's newest five articles per term. The expected values come from the
 * generated front matter, read here with java.time and regular expressions, not from the build.
 */
class ArchiveIT {
    private static final List<String> EDITIONS = List.of("zh-Hant", "zh-Hans");
    private static Path site;
    private static Path articles;
    /** Slugs newest first, as the README promises: by the moment, then by file name. */
    private static List<String> order;
    private static final Map<String, String> FRONT = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = ArchiveFixture.site();
        articles = ArchiveFixture.write(Files.createTempDirectory("archive-it")).resolve("content/articles");
        Map<String, Instant> when = new TreeMap<>();
        try (Stream<Path> s = Files.list(articles)) {
            for (Path f : s.toList()) {
                String slug = f.getFileName().toString().replace(".md", "");
                String text = Files.readString(f, StandardCharsets.UTF_8);
                FRONT.put(slug, text);
                String date = field(text, "date");
                when.put(slug, date.contains("T") ? OffsetDateTime.parse(date).toInstant()
                        : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
        order = new ArrayList<>(when.keySet());
        order.sort(Comparator.comparing((String slug) -> when.get(slug)).reversed().thenComparing(Comparator.naturalOrder()));
        assertEquals(ArchiveFixture.ARTICLES, order.size());
    }

    private static String field(String markdown, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": (.*)$").matcher(markdown);
        return m.find() ? m.group(1).strip() : null;
    }

    private static Document page(String path) {
        try {
            return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8), site.resolve(path).toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theHomePageListsEveryArticleNewestFirstByMonth() {
        Document home = page("index.html");
        List<String> listed = home.select(".article-card").eachAttr("data-slug");
        assertEquals(order, listed, "newest first, equal moments by file name");
        List<String> months = home.select("section.month > h3 time").eachAttr("datetime");
        assertEquals(new TreeSet<>(months).size(), months.size(), "each month once: " + months);
        List<String> sorted = new ArrayList<>(months);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, months, "newest month first");
        assertTrue(months.size() > 12, "the fixture spans more than a year: " + months);
        for (Element section : home.select("section.month")) {
            String month = section.selectFirst("h3 time").attr("datetime");
            assertEquals(section.selectFirst("h3 time").text(), Integer.parseInt(month.substring(0, 4)) + "年"
                    + Integer.parseInt(month.substring(5)) + "月");
            for (Element card : section.select(".article-card")) {
                String slug = card.attr("data-slug");
                assertTrue(field(FRONT.get(slug), "date").startsWith(month), slug + " is under " + month);
            }
        }
    }

    @Test
    void eachArticleLinksToTheNextOlderAndNewerInBothEditions() {
        for (String edition : EDITIONS) {
            for (int k = 0; k < order.size(); k++) {
                Document d = page(edition + "/" + order.get(k) + ".html");
                Element prev = d.selectFirst("nav.pager a[rel=prev]");
                Element next = d.selectFirst("nav.pager a[rel=next]");
                if (k == order.size() - 1) {
                    assertNull(prev, "the oldest article has no older one");
                } else {
                    assertNotNull(prev, order.get(k));
                    assertEquals(order.get(k + 1) + ".html", prev.attr("href"));
                    assertTrue(prev.text().contains(page(edition + "/" + order.get(k + 1) + ".html").selectFirst("h1").text()),
                            "the link names the article: " + prev.text());
                }
                if (k == 0) {
                    assertNull(next, "the newest article has no newer one");
                } else {
                    assertNotNull(next, order.get(k));
                    assertEquals(order.get(k - 1) + ".html", next.attr("href"));
                }
            }
        }
    }

    @Test
    void tagPagesListExactlyTheArticlesThatCarryTheTagInBothEditions() throws IOException {
        Set<String> files = null;
        for (String edition : EDITIONS) {
            Map<String, List<String>> tagged = new LinkedHashMap<>();
            for (String slug : order) {
                for (Element a : page(edition + "/" + slug + ".html").select(".article-tags a[rel=tag]")) {
                    tagged.computeIfAbsent(a.attr("href"), x -> new ArrayList<>()).add(slug);
                }
            }
            Set<String> here = new TreeSet<>();
            try (Stream<Path> s = Files.list(site.resolve(edition + "/tags"))) {
                s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.html")).forEach(here::add);
            }
            for (String name : here) {
                assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.html"), "a safe file name: " + name);
            }
            assertEquals(here, new TreeSet<>(tagged.keySet().stream().map(h -> h.substring("tags/".length())).toList()),
                    "one page per tag, and only those");
            // The pool has 12 keywords; AI/ai, 臺灣/台灣/台湾 and 晶片/芯片 are one tag each.
            assertEquals(12, here.size(), here.toString());
            if (files == null) {
                files = here;
            } else {
                assertEquals(files, here, "the same tags in every edition");
            }
            Document index = page(edition + "/tags/index.html");
            assertEquals(here, new TreeSet<>(index.select(".tag-index a").eachAttr("href")));
            for (var e : tagged.entrySet()) {
                Document tag = page(edition + "/" + e.getKey());
                assertEquals(e.getValue(), tag.select(".article-card").eachAttr("data-slug"), e.getKey() + " newest first");
                Element entry = index.selectFirst(".tag-index a[href=" + e.getKey().substring(5) + "]");
                assertEquals(e.getValue().size() + "", entry.nextElementSibling().text().replaceAll("\\D", ""));
                assertEquals(entry.text(), tag.selectFirst("h1").text());
            }
        }
        // Keywords written differently are one tag.
        assertEquals(tagOf("zh-Hant", "臺灣"), tagOf("zh-Hant", "台灣"));
        assertEquals(tagOf("zh-Hant", "臺灣"), tagOf("zh-Hans", "台湾"));
        assertEquals(tagOf("zh-Hant", "晶片"), tagOf("zh-Hans", "芯片"));
        assertEquals(tagOf("zh-Hant", "AI"), tagOf("zh-Hans", "ai"));
        assertEquals("tags/deepseek.html", tagOf("zh-Hant", "DeepSeek"));
    }

    /** The tag page an article written with {@code keyword} links to, from its page in {@code edition}. */
    private static String tagOf(String edition, String keyword) {
        for (String slug : order) {
            String keywords = field(FRONT.get(slug), "keywords");
            if (keywords.contains("\"" + keyword + "\"")) {
                int at = List.of(keywords.replaceAll("[\\[\\]\"]", "").split(", ")).indexOf(keyword);
                return page(edition + "/" + slug + ".html").select(".article-tags a[rel=tag]").get(at).attr("href");
            }
        }
        throw new AssertionError("no article has the keyword " + keyword);
    }

    @Test
    void articlesWithThreeOrMoreHeadingsHaveATableOfContentsWithTheSameAnchorsInBothEditions() {
        int withToc = 0;
        for (String slug : order) {
            long headings = FRONT.get(slug).lines().filter(l -> l.startsWith("## ") || l.startsWith("### ")).count();
            List<String> anchors = null;
            for (String edition : EDITIONS) {
                Document d = page(edition + "/" + slug + ".html");
                Element toc = d.selectFirst("nav.article-toc");
                if (headings < 3) {
                    assertNull(toc, slug + " has " + headings + " headings");
                    continue;
                }
                assertNotNull(toc, slug + " has " + headings + " headings");
                List<String> hrefs = toc.select("a").eachAttr("href");
                assertEquals(headings, hrefs.size());
                for (Element a : toc.select("a")) {
                    Element target = d.getElementById(a.attr("href").substring(1));
                    assertNotNull(target, a.attr("href"));
                    assertTrue(target.tagName().matches("h[2-3]"), target.tagName());
                    assertEquals(target.text(), a.text());
                }
                if (anchors == null) {
                    anchors = hrefs;
                } else {
                    assertEquals(anchors, hrefs, "the same anchors in both editions");
                }
            }
            if (headings >= 3) {
                withToc++;
            }
        }
        assertEquals(50, withToc, "half the fixture has three or five headings");
    }

    @Test
    void theSitemapAndTheServiceWorkerListTheNewPages() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        String worker = Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8);
        for (String edition : EDITIONS) {
            try (Stream<Path> s = Files.list(site.resolve(edition + "/tags"))) {
                for (Path p : s.toList()) {
                    String rel = edition + "/tags/" + p.getFileName();
                    assertTrue(sitemap.contains("<loc>https://example.org/archive/" + rel + "</loc>"), rel + " in the sitemap");
                    assertTrue(worker.contains("\"" + rel + "\""), rel + " in sw.js");
                }
            }
        }
        assertFalse(sitemap.contains("%"), "no address needs percent-encoding");
    }

    @Test
    void eachFeedListsTheNewestFiftyArticlesNewestFirst() throws Exception {
        assertTrue(order.size() > AtomFeed.ENTRIES, "the fixture has more articles than a feed lists");
        for (String edition : EDITIONS) {
            byte[] xml = Files.readAllBytes(site.resolve(edition + "/feed.xml"));
            com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput()
                    .build(new org.jdom2.input.SAXBuilder().build(new java.io.ByteArrayInputStream(xml)));
            List<String> listed = new ArrayList<>();
            List<Instant> published = new ArrayList<>();
            for (com.rometools.rome.feed.atom.Entry e : feed.getEntries()) {
                listed.add(((com.rometools.rome.feed.atom.Link) e.getAlternateLinks().get(0)).getHref());
                published.add(e.getPublished().toInstant());
            }
            assertEquals(50, listed.size(), edition + ": the newest 50 of " + order.size());
            List<String> expected = order.subList(0, 50).stream()
                    .map(slug -> "https://example.org/archive/" + edition + "/" + slug + ".html").toList();
            assertEquals(expected, listed, edition + ": the newest 50 by date, newest first");
            List<Instant> sorted = new ArrayList<>(published);
            sorted.sort(Comparator.reverseOrder());
            assertEquals(sorted, published, edition + ": newest first");
        }
    }

    /**
     * Every entry of the fixture's glossary is used in far more than five articles: the glossary
     * page links the newest five (newest first, as the home page orders them), each with every note
     * of the term on that article's page, and says how many older ones there are. The articles that
     * use a term are read from their own pages' notes.
     */
    @Test
    void theGlossaryLinksTheNewestFiveArticlesUsingEachTermAndCountsTheRest() {
        Map<String, String> more = Map.of("zh-Hant", "另有%d篇較早的文章", "zh-Hans", "另有%d篇较早的文章");
        for (String edition : EDITIONS) {
            Map<String, Document> pages = new LinkedHashMap<>();
            for (String slug : order) {
                pages.put(slug, page(edition + "/" + slug + ".html"));
            }
            Document glossary = page(edition + "/glossary.html");
            List<Element> entries = glossary.select("div.entry");
            assertFalse(entries.isEmpty());
            for (Element entry : entries) {
                String term = entry.id();
                List<String> using = new ArrayList<>();
                for (String slug : order) {
                    if (!pages.get(slug).select("[data-term=" + term + "]").isEmpty()) {
                        using.add(slug);
                    }
                }
                assertTrue(using.size() > GlossaryUses.SHOWN, edition + " " + term + " is used in " + using.size() + " articles");
                List<String> expected = new ArrayList<>();
                for (String slug : using.subList(0, GlossaryUses.SHOWN)) {
                    for (Element note : pages.get(slug).select("[data-term=" + term + "]")) {
                        expected.add(slug + ".html#" + note.id());
                    }
                }
                List<String> links = entry.select("p.uses:not(.more) a").eachAttr("href");
                assertEquals(expected, links, edition + " " + term + ": the notes of the newest five articles, newest first");
                assertEquals(GlossaryUses.SHOWN, links.size(), "one note per article (annotate: first-in-article)");
                assertEquals(GlossaryUses.SHOWN, entry.select("p.uses cite").size());
                assertEquals(using.subList(0, GlossaryUses.SHOWN).stream().map(slug -> pages.get(slug).selectFirst("h1").text()).toList(),
                        entry.select("p.uses cite").eachText(), "each article named by its title");
                Element rest = entry.selectFirst("p.uses.more");
                assertNotNull(rest, edition + " " + term);
                assertEquals(String.format(java.util.Locale.ROOT, more.get(edition), using.size() - GlossaryUses.SHOWN), rest.text());
            }
        }
    }
}
