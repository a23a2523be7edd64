package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the fixture's site from {@code file://}: the home page, the script switch, the parallel view, typography, print. */
class ReadingIT extends BrowserTest {
    private static final String SLUG = org.zhedition.TestProjects.SLUG;
    /** The fixture's site: its article has glossary notes. */
    private Path annotated;

    @BeforeAll
    void start() {
        annotated = BuiltSite.fixture();
    }

    private static String url(Path site, String page) {
        return site.resolve(page).toUri().toString();
    }

    private BrowserContext context(int width, int height) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    @SuppressWarnings("unchecked")
    private static List<String> editionsOrder(Page page) {
        return (List<String>) page.evaluate("() => Array.from(document.querySelector('[data-editions]').children)"
                + ".map(li => li.dataset.edition + (li.classList.contains('last-choice') ? '*' : ''))");
    }

    @Test
    void theHomePageOffersTheLastEditionFirstAndNeverRedirects() {
        Path site = BuiltSite.fixture();
        try (BrowserContext context = context(360, 740)) {
            Page page = context.newPage();
            page.navigate(url(site, "index.html"));
            assertEquals(List.of("zh-Hant", "zh-Hans", "parallel"), editionsOrder(page), "first visit: the source order");
            page.navigate(url(site, "zh-Hans/" + SLUG + ".html"));
            page.navigate(url(site, "index.html"));
            assertEquals(List.of("zh-Hans*", "zh-Hant", "parallel"), editionsOrder(page));
            assertTrue(page.url().endsWith("/index.html"), "no redirect: " + page.url());
            assertTrue(page.locator(".last-choice .last-choice-mark").first().textContent().contains("上次阅读"));
            page.navigate(url(site, "parallel/" + SLUG + ".html"));
            page.navigate(url(site, "index.html"));
            assertEquals(List.of("parallel*", "zh-Hant", "zh-Hans"), editionsOrder(page));
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {320, 1280})
    void theSwitchKeepsTheParagraphInBothDirections(int width) {
        try (BrowserContext context = context(width, 740)) {
            Page page = context.newPage();
            page.navigate(url(BuiltSite.fixture(), "zh-Hant/" + SLUG + ".html"));
            Reader.readAt(page, "p12");
            Reader.tap(page, "a[data-switch='zh-Hans']");
            Reader.arrive(page, "/zh-Hans/" + SLUG + ".html#p12");
            assertEquals("zh-Hans", page.evaluate("() => document.documentElement.lang"));
            Reader.assertReading(page, "p12");
            Reader.readAt(page, "p20");
            Reader.tap(page, "a[data-switch='zh-Hant']");
            Reader.arrive(page, "/zh-Hant/" + SLUG + ".html#p20");
            Reader.assertReading(page, "p20");
        }
    }

    @Test
    void withoutJavaScriptTheSwitchStillOpensTheOtherEdition() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url(BuiltSite.fixture(), "zh-Hant/" + SLUG + ".html"));
            page.click("a.switch");
            Reader.arrive(page, "/zh-Hans/" + SLUG + ".html");
            assertEquals("zh-Hans", page.evaluate("() => document.documentElement.lang"));
            page.click("a.switch");
            Reader.arrive(page, "/zh-Hant/" + SLUG + ".html");
            page.navigate(url(BuiltSite.fixture(), "index.html"));
            assertEquals(List.of("zh-Hant", "zh-Hans", "parallel"), editionsOrder(page), "no script: the home page as written");
        }
    }

    @Test
    void theParallelViewIsSideBySideOnWideScreensAndInterleavedOnPhones() {
        String js = "() => { const c = document.querySelectorAll('#p3 > .cell'); const a = c[0].getBoundingClientRect(),"
                + " b = c[1].getBoundingClientRect(); return [a.top, a.right, a.bottom, b.top, b.left]; }";
        try (BrowserContext context = context(1280, 800)) {
            Page page = context.newPage();
            page.navigate(url(BuiltSite.fixture(), "parallel/" + SLUG + ".html"));
            List<?> r = (List<?>) page.evaluate(js);
            assertClose(num(r.get(0)), num(r.get(3)), 1, "same row: " + r);
            assertTrue(num(r.get(4)) > num(r.get(1)), "Simplified to the right: " + r);
        }
        try (BrowserContext context = context(360, 740)) {
            Page page = context.newPage();
            page.navigate(url(BuiltSite.fixture(), "parallel/" + SLUG + ".html"));
            List<?> r = (List<?>) page.evaluate(js);
            assertTrue(num(r.get(3)) >= num(r.get(2)), "Simplified below Traditional: " + r);
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static void assertClose(double a, double b, double tolerance, String message) {
        assertTrue(Math.abs(a - b) <= tolerance, message);
    }

    @Test
    void notesWorkInTheParallelViewWithIdsPerEdition() {
        try (BrowserContext context = context(1280, 800)) {
            Page page = context.newPage();
            page.navigate(url(annotated, "parallel/" + SLUG + ".html"));
            assertEquals(0, ((Number) page.evaluate("() => { const ids = Array.from(document.querySelectorAll('[id]'), e => e.id);"
                    + " return ids.length - new Set(ids).size; }")).intValue(), "duplicate ids");
            for (String lang : List.of("zh-Hant", "zh-Hans")) {
                var term = page.locator(".cell[lang='" + lang + "'] .term-word").first();
                String target = term.locator("button.term").getAttribute("popovertarget");
                assertTrue(target.startsWith(lang + "-"), target);
                term.click();
                assertTrue((Boolean) page.evaluate("id => document.getElementById(id).matches(':popover-open')", target), target);
                String link = page.locator("#" + target + " a.note-link").getAttribute("href");
                assertTrue(link.startsWith("../" + lang + "/glossary.html#"), link);
                page.keyboard().press("Escape");
            }
        }
    }

    /**
     * On paper the notes come out as a numbered list after the article, one item per term in the
     * order of the terms. notes.js makes the list from the popovers (hidden on screen), so the
     * page's HTML does not carry the notes twice.
     */
    @Test
    void printingListsTheNotesAndDropsTheBar() throws Exception {
        assertFalse(java.nio.file.Files.readString(annotated.resolve("zh-Hans/" + SLUG + ".html")).contains("notes-list"),
                "the page does not carry the notes twice");
        try (BrowserContext context = context(800, 1000)) {
            Page page = context.newPage();
            page.navigate(url(annotated, "zh-Hans/" + SLUG + ".html"));
            assertFalse(page.locator(".notes-list").isVisible(), "on screen the notes are popovers only");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            int terms = page.locator(".body button.term").count();
            assertTrue(terms >= 3, "terms: " + terms);
            assertTrue(page.locator(".notes-list").isVisible(), "notes printed");
            assertEquals("词语注释", page.locator(".notes-list h2").textContent());
            assertEquals(terms, page.locator(".notes-list li").count());
            String lastNote = page.locator(".body button.term").last().getAttribute("popovertarget");
            String last = page.locator(".notes-list li").last().textContent();
            assertTrue(last.contains(page.locator("#" + lastNote + " .note-text").textContent()), last);
            assertFalse(last.contains(page.locator("#" + lastNote + " .note-link").textContent()), "no link on paper: " + last);
            assertEquals(0, page.locator(".body .note:visible").count(), "with the list, no note inside the text");
            assertFalse(page.locator(".bar").isVisible(), "no bar on paper");
        }
    }

    /** The parallel view has no list: each note is printed after its term, in both columns. */
    @Test
    void printingTheParallelViewKeepsEveryNoteBesideItsTerm() {
        try (BrowserContext context = context(1000, 1000)) {
            Page page = context.newPage();
            page.navigate(url(annotated, "parallel/" + SLUG + ".html"));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            int terms = page.locator("button.term").count();
            assertTrue(terms >= 6, "terms: " + terms);
            assertEquals(terms, page.locator(".note:visible").count(), "every note printed");
        }
    }

    /** Without JavaScript no list is made, so each note is printed after its term instead. */
    @Test
    void withoutJavaScriptEachNoteIsPrintedAfterItsTerm() {
        try (BrowserContext context = chromium.browser().newContext(
                new Browser.NewContextOptions().setViewportSize(800, 1000).setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url(annotated, "zh-Hant/" + SLUG + ".html"));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            int terms = page.locator(".body button.term").count();
            assertEquals(terms, page.locator(".body .note:visible").count(), "every note printed");
            var first = page.locator(".body .note").first();
            assertTrue(first.locator(".note-text").isVisible());
            assertFalse(first.locator(".note-link").isVisible(), "no link on paper");
            var term = page.locator(".body .term-word").first().boundingBox();
            var note = first.boundingBox();
            assertTrue(note.y >= term.y - 1 && note.y < term.y + 4 * term.height, "the note follows its term: " + note.y + " vs " + term.y);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            assertEquals(0, page.locator(".body .note:visible").count(), "on screen the notes stay closed");
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {320, 1280})
    void typographyFollowsClreq(int width) {
        try (BrowserContext context = context(width, 800)) {
            Page page = context.newPage();
            page.navigate(url(BuiltSite.fixture(), "zh-Hans/" + SLUG + ".html"));
            List<?> m = (List<?>) page.evaluate("() => { const p = document.getElementById('p1'); const s = getComputedStyle(p);"
                    + " const size = parseFloat(s.fontSize); return [parseFloat(s.lineHeight) / size, p.clientWidth / size,"
                    + " s.fontFamily, document.fonts.size, CSS.supports('text-autospace', 'normal') ? s.textAutospace : 'normal']; }");
            double lineHeight = num(m.get(0));
            double measure = num(m.get(1));
            assertTrue(lineHeight >= 1.5 && lineHeight <= 2.0, "line height " + lineHeight);
            if (width >= 1000) {
                assertTrue(measure >= 30 && measure <= 40, "characters per line " + measure);
            }
            assertTrue(m.get(2).toString().startsWith("\"PingFang SC\""), "Simplified font stack: " + m.get(2));
            assertClose(0, num(m.get(3)), 0, "no web fonts");
            assertEquals("normal", m.get(4), "Han/Latin autospace");
        }
    }

    @Test
    void darkModeAndReducedMotionAreRespected() {
        String bg = "() => getComputedStyle(document.body).backgroundColor";
        String scroll = "() => getComputedStyle(document.documentElement).scrollBehavior";
        try (BrowserContext light = chromium.browser().newContext(new Browser.NewContextOptions()
                .setColorScheme(ColorScheme.LIGHT).setReducedMotion(ReducedMotion.NO_PREFERENCE));
                BrowserContext dark = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setColorScheme(ColorScheme.DARK).setReducedMotion(ReducedMotion.REDUCE))) {
            Page l = light.newPage();
            Page d = dark.newPage();
            l.navigate(url(BuiltSite.fixture(), "zh-Hant/" + SLUG + ".html"));
            d.navigate(url(BuiltSite.fixture(), "zh-Hant/" + SLUG + ".html"));
            assertEquals("rgb(253, 252, 248)", l.evaluate(bg));
            assertEquals("rgb(22, 22, 20)", d.evaluate(bg));
            assertEquals("smooth", l.evaluate(scroll));
            assertEquals("auto", d.evaluate(scroll));
        }
    }
}
