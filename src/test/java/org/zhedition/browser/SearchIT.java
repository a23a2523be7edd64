package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhedition.build.Build;
import org.zhedition.TestProjects;
import org.zhedition.bench.Corpus;
import org.zhedition.write.SiteWriter;

/**
 * The search box in a real browser, from {@code file://} and over http under {@code /repo/}: a
 * query in either script finds the text in the reader's edition, a regional variant finds its
 * counterpart, any two characters are found, whole words and glossary terms rank first, the
 * results mark the match and link to its paragraph, and it is all usable from the keyboard.
 * Also on a generated site of many articles (one written in Simplified) and on the 100-article
 * corpus.
 */
class SearchIT extends BrowserTest {
    private static final String ARTICLE = TestProjects.SLUG;
    private Path many;

    private static Path fixture() {
        return BuiltSite.fixture();
    }

    @AfterAll
    void removeGenerated() throws IOException {
        if (many != null) {
            try (var walk = Files.walk(many)) {
                for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** One result as the page shows it. */
    record Result(String href, String where, String snippet, List<String> marks) {
    }

    private static BrowserContext context(Browser b) {
        return b.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /** Types the query into the box and returns the results shown, once the status says how many. */
    @SuppressWarnings("unchecked")
    static List<Result> search(Page p, String query) {
        p.locator("#site-search").click();
        p.locator("#site-search").fill(query);
        p.waitForFunction("q => { const s = document.getElementById('site-search-status').textContent;"
                + " const box = document.querySelector('[data-search]');"
                + " return window.zheditionSearchQuery && window.zheditionSearchQuery(q) !== null"
                + " && (s === box.getAttribute('data-none') || /\\d/.test(s))"
                + " && document.getElementById('site-search').value === q; }", query);
        p.waitForTimeout(150);  // the box searches 80 ms after the last keystroke
        List<Map<String, Object>> raw = (List<Map<String, Object>>) p.evaluate("() => Array.from("
                + "document.querySelectorAll('#site-search-results li a')).map(a => ({href: a.href,"
                + " where: a.querySelector('.search-where').textContent, snippet: a.querySelector('.search-snippet').textContent,"
                + " marks: Array.from(a.querySelectorAll('mark')).map(m => m.textContent)}))");
        List<Result> out = new ArrayList<>();
        for (Map<String, Object> r : raw) {
            out.add(new Result((String) r.get("href"), (String) r.get("where"), (String) r.get("snippet"),
                    (List<String>) r.get("marks")));
        }
        return out;
    }

    /** Every request the page makes outside {@code file://}. */
    private static List<String> offSite(Page p) {
        List<String> out = new ArrayList<>();
        p.onRequest(r -> {
            if (!r.url().startsWith("file:")) {
                out.add(r.url());
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0}: {1} finds {2}")
    @CsvSource({
        "zh-Hant, 蒸馏, 蒸餾",   // typed in Simplified, found in the Traditional text
        "zh-Hans, 蒸餾, 蒸馏",   // and the other way round
        "zh-Hant, 芯片, 晶片",   // a regional variant finds its counterpart (conversion rule, glossary alias)
        "zh-Hans, 晶片, 芯片",
        "zh-Hant, 缩水, 縮水",   // two characters inside a sentence, no word list needed
        "zh-Hant, 鋒, 鋒",       // one character
        "zh-Hant, deepseek, DeepSeek",  // Latin letters in any case
    })
    void aQueryInEitherScriptFindsTheTextInTheReadersEditionFromFile(String edition, String query, String found) {
        try (BrowserContext context = context(chromium.browser())) {
            Page p = context.newPage();
            List<String> requests = offSite(p);
            List<String> errors = new ArrayList<>();
            p.onPageError(errors::add);
            p.navigate(fixture().resolve(edition + "/" + ARTICLE + ".html").toUri().toString());
            assertFalse((Boolean) p.evaluate("document.querySelector('[data-search]').hidden"), "the box shows");
            List<Result> results = search(p, query);
            assertFalse(results.isEmpty(), query + " finds something");
            assertTrue(results.stream().anyMatch(r -> r.marks().contains(found)), query + " marks " + found + ": " + results);
            for (Result r : results) {
                assertFalse(r.marks().isEmpty(), "every result marks its match: " + r);
                assertTrue(r.href().startsWith("file:") && r.href().contains("/" + edition + "/"), "in the reader's edition: " + r);
            }
            assertEquals(List.of(), requests, "no request leaves the disk");
            assertEquals(List.of(), errors, "no script error");
        }
    }

    @Test
    void aResultLinksToTheParagraphThatHoldsTheMatch() {
        try (BrowserContext context = context(chromium.browser())) {
            Page p = context.newPage();
            p.navigate(fixture().resolve("zh-Hant/" + ARTICLE + ".html").toUri().toString());
            List<Result> results = search(p, "缩水");
            Result r = results.stream().filter(x -> x.href().contains(ARTICLE + ".html#p")).findFirst().orElseThrow();
            p.locator("#site-search-results a").first().click();
            p.waitForURL(r.href());
            String id = r.href().substring(r.href().indexOf('#') + 1);
            String text = (String) p.evaluate("id => document.getElementById(id).textContent", id);
            assertTrue(text.contains("縮水"), id + " holds the match: " + text);
        }
    }

    @Test
    void wholeWordsAndGlossaryTermsRankFirstThenFrequency() {
        try (BrowserContext context = context(chromium.browser())) {
            Page p = context.newPage();
            p.navigate(fixture().resolve("zh-Hant/" + ARTICLE + ".html").toUri().toString());
            search(p, "蒸馏");
            List<Map<String, Object>> ranked = ranked(p, "蒸馏");
            assertTrue(((String) ranked.get(0).get("href")).startsWith("zh-Hant/glossary.html#"),
                    "the glossary entry named by the query first: " + ranked.get(0));
            assertEquals(0, ((Number) ranked.get(0).get("rank")).intValue());
            assertOrdered(ranked);
            // AI stands as a word in 中美AI差距 but not in OpenAI: the words first.
            List<Map<String, Object>> ai = ranked(p, "ai");
            assertOrdered(ai);
            int firstWhole = -1;
            int firstInside = -1;
            for (int i = 0; i < ai.size(); i++) {
                int rank = ((Number) ai.get(i).get("rank")).intValue();
                if (rank == 1 && firstWhole < 0) {
                    firstWhole = i;
                }
                if (rank == 2 && firstInside < 0) {
                    firstInside = i;
                }
            }
            assertTrue(firstWhole >= 0 && firstInside > firstWhole, "whole words, then inside words: " + ai);
            assertTrue(ai.stream().filter(r -> ((Number) r.get("rank")).intValue() == 2)
                    .allMatch(r -> ((String) r.get("text")).toLowerCase(java.util.Locale.ROOT).matches("(?s).*[a-z]ai.*|.*ai[a-z].*")),
                    "only matches run into other letters rank last");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> ranked(Page p, String q) {
        return (List<Map<String, Object>>) p.evaluate("q => window.zheditionSearchQuery(q)", q);
    }

    /** Rank never falls back; within a rank, the count of matches never grows. */
    private static void assertOrdered(List<Map<String, Object>> ranked) {
        for (int i = 1; i < ranked.size(); i++) {
            int r0 = ((Number) ranked.get(i - 1).get("rank")).intValue();
            int r1 = ((Number) ranked.get(i).get("rank")).intValue();
            assertTrue(r0 <= r1, "rank order at " + i + ": " + ranked);
            if (r0 == r1) {
                assertTrue(((Number) ranked.get(i - 1).get("count")).intValue() >= ((Number) ranked.get(i).get("count")).intValue(),
                        "more matches first at " + i);
            }
        }
    }

    @Test
    void theKeyboardReachesEveryResultAndEscapeCloses() {
        try (BrowserContext context = context(chromium.browser())) {
            Page p = context.newPage();
            p.navigate(fixture().resolve("zh-Hant/" + ARTICLE + ".html").toUri().toString());
            // The box is reached with Tab, after the skip link and the bar.
            for (int i = 0; i < 10 && !"site-search".equals(p.evaluate("document.activeElement.id")); i++) {
                p.keyboard().press("Tab");
            }
            assertEquals("site-search", p.evaluate("document.activeElement.id"), "Tab reaches the box");
            List<Result> results = search(p, "芯片");
            assertTrue(results.size() >= 2);
            p.keyboard().press("ArrowDown");
            assertEquals(results.get(0).href(), p.evaluate("document.activeElement.href"));
            p.keyboard().press("ArrowDown");
            assertEquals(results.get(1).href(), p.evaluate("document.activeElement.href"));
            p.keyboard().press("ArrowUp");
            p.keyboard().press("ArrowUp");
            assertEquals("site-search", p.evaluate("document.activeElement.id"));
            p.keyboard().press("Escape");
            assertTrue((Boolean) p.evaluate("document.querySelector('.search-panel').hidden"), "Escape closes the results");
            assertEquals("status", p.evaluate("document.getElementById('site-search-status').getAttribute('role')"),
                    "the count is announced");
            p.keyboard().press("Enter");
            p.waitForURL(results.get(0).href());
        }
    }

    @Test
    void overHttpUnderASubPath() {
        try (LoopbackPages pages = LoopbackPages.serve(fixture());
                BrowserContext context = context(chromium.browser())) {
            Page p = context.newPage();
            p.navigate(pages.base() + "zh-Hans/" + ARTICLE + ".html");
            List<Result> results = search(p, "蒸餾");
            assertFalse(results.isEmpty());
            for (Result r : results) {
                assertTrue(r.href().startsWith(pages.base() + "zh-Hans/"), "under the sub-path: " + r.href());
            }
            p.locator("#site-search-results a").first().click();
            p.waitForURL(results.get(0).href());
            assertTrue(p.title().length() > 0);
        }
    }

    @Test
    void withoutJavaScriptThereIsNoDeadControl() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page p = context.newPage();
            for (String page : List.of("index.html", "zh-Hant/" + ARTICLE + ".html", "404.html")) {
                p.navigate(fixture().resolve(page).toUri().toString());
                assertFalse(p.locator("#site-search").isVisible(), page + ": no search box without JavaScript");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"index.html", "zh-Hant/glossary.html", "zh-Hans/glossary.html", "parallel/" + ARTICLE + ".html", "404.html"})
    void everyKindOfPageHasTheBox(String page) {
        try (BrowserContext context = context(chromium.browser())) {
            Page p = context.newPage();
            List<String> requests = offSite(p);
            p.navigate(fixture().resolve(page).toUri().toString());
            List<Result> results = search(p, "算力");
            assertFalse(results.isEmpty(), page);
            for (Result r : results) {
                Path target = Path.of(java.net.URI.create(r.href().replaceFirst("#.*", "")));
                assertTrue(Files.isRegularFile(target), page + ": the result's page exists: " + r.href());
            }
            assertEquals(List.of(), requests);
        }
    }

    @ParameterizedTest(name = "{0} px {1}")
    @CsvSource({"320, LIGHT", "360, DARK", "1280, LIGHT", "1280, DARK"})
    void resultsFitTheScreenAndPassAxeInBothSchemes(int width, ColorScheme scheme) {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 800).setColorScheme(scheme))) {
            Page p = context.newPage();
            p.navigate(fixture().resolve("zh-Hant/" + ARTICLE + ".html").toUri().toString());
            assertFalse(search(p, "芯片").isEmpty());
            assertTrue((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
            Map<?, ?> box = (Map<?, ?>) p.evaluate("(() => { const r = document.querySelector('.search-panel').getBoundingClientRect();"
                    + " return {left: r.left, right: r.right}; })()");
            assertTrue(((Number) box.get("left")).doubleValue() >= 0 && ((Number) box.get("right")).doubleValue() <= width,
                    "the results stay on the screen: " + box);
            AxeResults r = new AxeBuilder(p).withTags(AccessibilityIT.TAGS).analyze();
            List<String> problems = new ArrayList<>();
            r.getViolations().forEach(v -> v.getNodes().forEach(n -> problems.add(v.getId() + " " + n.getTarget() + " " + n.getFailureSummary())));
            assertEquals(List.of(), problems, "axe with the results open");
        }
    }

    /**
     * A generated site of several articles, one written in Simplified with its own words: each is
     * found by its own words from either edition, and the Simplified article's 芯片 is found as the
     * Traditional edition's 晶片.
     */
    @Test
    void aGeneratedSiteOfManyArticlesIsSearchedEndToEnd() throws IOException {
        Path site = manyArticles();
        try (BrowserContext context = context(chromium.browser())) {
            Page p = context.newPage();
            p.navigate(site.resolve("zh-Hant/" + Corpus.slug(37) + ".html").toUri().toString());
            List<Result> own = search(p, "第73篇");
            assertTrue(own.stream().anyMatch(r -> r.href().endsWith("/zh-Hant/" + Corpus.slug(73) + ".html")), "the title: " + own);
            assertTrue(own.stream().allMatch(r -> r.href().contains(Corpus.slug(73))), "only article 73: " + own);
            List<Result> simplified = search(p, "量子芯片");
            assertEquals(1, simplified.size(), simplified.toString());
            assertEquals(List.of("量子晶片"), simplified.get(0).marks(), "shown in Traditional");
            assertTrue(simplified.get(0).href().endsWith("/zh-Hant/quantum.html#p1"));
            List<Result> common = search(p, "縮水");
            int total = ranked(p, "縮水").size();
            assertTrue(total >= 100, "a word in every article: " + total);
            assertEquals(50, common.size(), "the first fifty are shown");
            String status = (String) p.evaluate("document.getElementById('site-search-status').textContent");
            assertTrue(status.contains(String.valueOf(total)), "the count names every match: " + status);
            p.navigate(site.resolve("zh-Hans/quantum.html").toUri().toString());
            assertEquals(List.of("量子芯片"), search(p, "量子晶片").get(0).marks());
        }
    }

    private Path manyArticles() throws IOException {
        if (many == null) {
            many = Files.createTempDirectory("zhedition-search");
            Corpus.write(many, 100);
            Files.writeString(many.resolve("content/articles/quantum.md"), """
                    ---
                    title: 量子计算的新进展
                    standfirst: 一篇用简体写成的文章。
                    script: zh-Hans
                    date: 2025-02-01
                    ---

                    研究人员发布了新的量子芯片，称其运算速度大幅提高。
                    """, StandardCharsets.UTF_8);
            SiteWriter.replace(many.resolve("site"), Build.run(many.resolve("content"), many.resolve("templates")).files());
        }
        return many.resolve("site");
    }
}
