package org.zhedition.content;

import org.zhedition.input.ContentError;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.script.Punctuation;
import org.zhedition.script.Script;

class ContentLoaderTest {
    @TempDir
    Path root;

    @BeforeEach
    void site() throws IOException {
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("site.yaml"), "title: 測試\nlabels:\n  home: 首頁\n");
    }

    private void article(String name, String text) throws IOException {
        Files.writeString(root.resolve("articles").resolve(name), text);
    }

    private static final String GOOD = "---\ntitle: 標題\nstandfirst: 導語\nscript: zh-Hant\ndate: 2025-01-28\nsource:\n  publication: 端\n---\n\n正文。\n";

    @Test
    void tellsTheSiteConfigBeforeReadingTheArticles() throws IOException {
        article("bad.md", "no front matter\n");
        java.util.List<String> told = new java.util.ArrayList<>();
        assertThrows(ContentError.class, () -> ContentLoader.load(root, site -> site.editions().forEach(e -> told.add(e.id()))));
        assertEquals(java.util.List.of("zh-Hant", "zh-Hans"), told, "site.yaml's editions, told before the bad article stopped the load");
    }

    @Test
    void loadsArticlesOfTheSameDateSortedBySlugWithTheirFields() throws IOException {
        article("b.md", GOOD);
        article("a.md", GOOD.replace("標題", "甲"));
        Content c = ContentLoader.load(root);
        assertEquals("a", c.articles().get(0).slug());
        assertEquals("甲", c.articles().get(0).title());
        Article b = c.articles().get(1);
        assertEquals(Script.HANT, b.script());
        assertEquals("端", b.source().publication());
        assertEquals(9, b.bodyLine());
        assertEquals("\n正文。\n", b.body());
        assertEquals(Punctuation.MAINLAND, c.site().punctuation().get(Script.HANS.tag()));
        assertEquals("首頁", c.site().labels().get("home"));
    }

    private ContentError error(String text) throws IOException {
        article("x.md", text);
        return assertThrows(ContentError.class, () -> ContentLoader.load(root));
    }

    @Test
    void unclosedFrontMatterNamesLineOne() throws IOException {
        ContentError e = error("---\ntitle: 標題\n\n正文\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("x.md:1") && e.getMessage().contains("How to fix"), e.getMessage());
    }

    @Test
    void missingFieldUnknownFieldAndUnknownScriptNameTheirLine() throws IOException {
        assertTrue(error(GOOD.replace("title: 標題\n", "")).getMessage().contains("'title'"));
        ContentError unknown = error(GOOD.replace("script: zh-Hant", "script: zh-Hant\nauthor: 某"));
        assertEquals(5, unknown.line(), unknown.getMessage());
        ContentError script = error(GOOD.replace("zh-Hant", "zh-TW"));
        assertEquals(4, script.line(), script.getMessage());
    }

    @Test
    void emptyBodyAndBadYamlAreErrors() throws IOException {
        assertTrue(error(GOOD.replace("\n正文。\n", "\n \n")).getMessage().contains("no body"));
        ContentError yaml = error(GOOD.replace("standfirst: 導語", "standfirst: [導語"));
        assertTrue(yaml.getMessage().contains("invalid YAML"), yaml.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] bytes = (GOOD + "第二行\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xB4;
        bad[bytes.length + 1] = (byte) 0xFA;
        Files.write(root.resolve("articles/x.md"), bad);
        ContentError e = assertThrows(ContentError.class, () -> ContentLoader.load(root));
        assertEquals(12, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void badFigureBlockIsReportedAtItsLine() throws IOException {
        ContentError e = error(GOOD + "\n```figure\ncredit: 某\n```\n");
        assertTrue(e.getMessage().contains("'caption'"), e.getMessage());
        assertEquals(13, e.line(), e.getMessage());
    }

    @Test
    void badFileNamesAndEmptyFoldersAreErrors() throws IOException {
        article("Bad Name.md", GOOD);
        assertTrue(assertThrows(ContentError.class, () -> ContentLoader.load(root)).getMessage().contains("rename"));
        Files.delete(root.resolve("articles/Bad Name.md"));
        assertTrue(assertThrows(ContentError.class, () -> ContentLoader.load(root)).getMessage().contains("no articles"));
    }

    @Test
    void anArticleCannotTakeTheNameOfAnEditionPage() throws IOException {
        article("glossary.md", GOOD);
        ContentError e = assertThrows(ContentError.class, () -> ContentLoader.load(root));
        assertTrue(e.getMessage().contains("glossary.md") && e.getMessage().contains("rename the article"), e.getMessage());
    }

    private static String dated(String date) {
        return GOOD.replace("date: 2025-01-28", date);
    }

    @Test
    void newestFirstWhateverTheFileNamesAndTiesBySlug() throws IOException {
        article("a-old.md", dated("date: 2024-06-01"));
        article("z-new.md", dated("date: 2025-03-01"));
        article("m-same-moment.md", dated("date: 2025-02-01T08:00:00+08:00"));
        article("b-same-moment.md", dated("date: 2025-02-01T00:00:00Z"));
        // 2025-02-01 09:00 in Hong Kong is 01:00 UTC: later than midnight UTC of the same day.
        article("c-later-that-day.md", dated("date: 2025-02-01T09:00:00+08:00"));
        Content c = ContentLoader.load(root);
        assertEquals(java.util.List.of("z-new", "c-later-that-day", "b-same-moment", "m-same-moment", "a-old"),
                c.articles().stream().map(Article::slug).toList());
    }

    @Test
    void datesAreReadAsWrittenWhateverTheMachinesTimeZone() throws IOException {
        article("x.md", dated("date: 2024-12-31T23:30:00-05:00\nupdated: 2025-01-02"));
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
            Article a = ContentLoader.load(root).articles().get(0);
            assertEquals("2024-12-31T23:30:00-05:00", a.date().iso());
            assertEquals("2024年12月31日", a.date().chinese());
            assertEquals("2025-01-01T04:30:00Z", a.date().utc());
            assertEquals("2025-01-02", a.updated().iso());
            assertEquals("2025-01-02T00:00:00Z", a.updated().dateTime());
            assertEquals(a.updated(), a.modified());
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }

    @Test
    void aMissingDateSaysHowToAddOne() throws IOException {
        ContentError e = error(GOOD.replace("date: 2025-01-28\n", ""));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("x.md:2: missing required field 'date'")
                && e.getMessage().contains("add `date: YYYY-MM-DD` to the front matter"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "date: 28/1/2025|not an ISO 8601 date",
        "date: 2025-1-28|not an ISO 8601 date",
        "date: 2025-02-30|not a date of the calendar",
        "date: 2025-13-01|not a date of the calendar",
        "date: 2025-01-28T25:00:00+08:00|not a date of the calendar",
        "date: 2025-01-28T09:30:00|no offset from UTC",
        "date: 2025-01-28 09:30:00+08:00|not an ISO 8601 date",
        "date: 2025-01-28T09:30:00+19:00|not a date of the calendar",
        "date: ''|field 'date' is empty",
        "date: [2025-01-28]|expected a single value",
        "date: 2025-01-28\\nupdated: 2025-01-27|updated (2025-01-27) is before date (2025-01-28)",
        "date: 2025-01-28T09:00:00+08:00\\nupdated: 2025-01-28T08:59:59+08:00|is before date",
        "date: 2025-01-28\\nupdated: yesterday|updated 'yesterday' is not an ISO 8601 date",
    })
    void anInvalidDateIsReportedAtItsLine(String field, String problem) throws IOException {
        String yaml = field.replace("\\n", "\n");
        ContentError e = error(dated(yaml));
        String last = yaml.substring(yaml.lastIndexOf('\n') + 1);
        int line = 5 + (int) yaml.chars().filter(c -> c == '\n').count();
        assertEquals(line, e.line(), e.getMessage() + " / " + last);
        assertTrue(e.getMessage().contains(problem) && e.getMessage().contains("How to fix"), e.getMessage());
    }

    @Test
    void anUpdateOnTheSameDayIsNotBeforeIt() throws IOException {
        article("x.md", dated("date: 2025-01-28T09:00:00+08:00\nupdated: 2025-01-28"));
        assertEquals("2025-01-28", ContentLoader.load(root).articles().get(0).updated().iso());
    }

    @Test
    void sourceCreditsAndAuthorAreTheArticles() throws IOException {
        article("x.md", GOOD.replace("  publication: 端\n", "  publication: 端\n  author: 張三\n  column: 即時\n"
                + "  headline: 原題\n  url: https://example.org/a?b=1&c=2\ncredits: 鳴謝某某。\n"));
        Article a = ContentLoader.load(root).articles().get(0);
        assertEquals(new Article.Source("端", "張三", "即時", "原題", "https://example.org/a?b=1&c=2"), a.source());
        assertEquals("鳴謝某某。", a.credits());
    }

    @Test
    void anArticleWrittenForTheSiteNeedsNoSource() throws IOException {
        article("x.md", GOOD.replace("source:\n  publication: 端\n", ""));
        Article a = ContentLoader.load(root).articles().get(0);
        assertTrue(a.source().isEmpty());
        assertEquals("", a.credits());
    }

    @Test
    void aSourceWithoutPublicationIsAnError() throws IOException {
        ContentError e = error(GOOD.replace("  publication: 端\n", "  author: 張三\n"));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("'publication'"), e.getMessage());
    }

    /** YAML decodes escapes before the check: \x6A is 'j', \t a tab that browsers would strip. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "'\"\\x6Aavascript:alert(1)\"'",
        "'\"java\\tscript:alert(1)\"'",
        "' javascript:alert(1)'",
        "'\"\\u200Bhttps://example.org/\"'",
        "data:text/html,<script>alert(1)</script>",
        "'&#106;avascript:alert(1)'",
        "'%6Aavascript:alert(1)'",
        "ｊａｖａｓｃｒｉｐｔ:alert(1)",
        "ｈｔｔｐｓ://example.org/",
        "//example.org/news",
        "/news/1",
        "news/1",
        "ftp://example.org/a",
        "mailto:editor@example.org",
        "https://",
        "https:///path",
        "'https://example.org/a b'",
        "'https://example.org/\\'",
        "'\"https://exa\\nmple.org/\"'",
    })
    void aSourceUrlThatIsNotAPlainWebAddressIsRefusedAtItsLine(String url) throws IOException {
        ContentError e = error(GOOD.replace("  publication: 端\n", "  publication: 端\n  url: " + url + "\n"));
        assertEquals(8, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("source.url") && e.getMessage().contains("How to fix"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "https://example.org/",
        "HTTP://EXAMPLE.ORG/A",
        "https://example.org/繁體/路徑?q=晶片#p3",
        "https://例子.中国/新闻",
        "http://127.0.0.1:8080/a_(b)",
    })
    void plainWebAddressesAreKept(String url) throws IOException {
        article("x.md", GOOD.replace("  publication: 端\n", "  publication: 端\n  url: " + url + "\n"));
        assertEquals(url, ContentLoader.load(root).articles().get(0).source().url());
    }

    @Test
    void theRetiredSiteWideCreditsLabelSaysWhereItsTextGoes() throws IOException {
        Files.writeString(root.resolve("site.yaml"), "title: 測試\nlabels:\n  home: 首頁\n  credits_text: 原文刊於某報。\n");
        ContentError e = error(GOOD);
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("site.yaml:4") && e.getMessage().contains("credits: …"), e.getMessage());
    }
}
