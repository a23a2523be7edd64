package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The glossary notes in a real browser, on the fixture's built site: hover, keyboard focus, tap, Esc,
 * hoverable (WCAG 2.2 SC 1.4.13), inside the viewport on a 360 px phone, with JavaScript off, what
 * the accessibility tree announces and what the note shows. Each test runs on both editions.
 */
class NotesIT extends BrowserTest {
    private static final double TIMEOUT = 3000;

    private static String article(String edition) {
        return BuiltSite.fixture().resolve(edition + "/deepseek-shock.html").toUri().toString();
    }

    private Page open(BrowserContext context, String edition) {
        Page page = context.newPage();
        page.navigate(article(edition));
        page.waitForLoadState();
        return page;
    }

    private static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setViewportSize(1280, 800);
    }

    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true);
    }

    /** The visible term (the label holding the button {@code #id}): its text, the place a reader points at. */
    private static Locator word(Page page, String id) {
        return page.locator(".term-word:has(> #" + id + ")");
    }

    private static boolean isOpen(Page page, String noteId) {
        return (Boolean) page.evaluate("id => document.getElementById(id).matches(':popover-open')", noteId);
    }

    private static void waitOpen(Page page, String noteId) {
        page.waitForFunction("id => document.getElementById(id).matches(':popover-open')", noteId,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT));
    }

    private static void waitClosed(Page page, String noteId) {
        page.waitForFunction("id => !document.getElementById(id).matches(':popover-open')", noteId,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT));
    }

    /** The note's box lies inside the visible viewport. */
    private static void assertInsideViewport(Page page, String noteId, String what) {
        BoundingBox box = page.locator("#" + noteId).boundingBox();
        double width = ((Number) page.evaluate("innerWidth")).doubleValue();
        double height = ((Number) page.evaluate("innerHeight")).doubleValue();
        String where = what + ": note " + noteId + " at x " + box.x + "–" + (box.x + box.width) + ", y " + box.y + "–"
                + (box.y + box.height) + " in " + width + "×" + height;
        assertTrue(box.x >= 0 && box.x + box.width <= width, where);
        assertTrue(box.y >= 0 && box.y + box.height <= height, where);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void hoverOpensTheNoteAndItStaysWhileThePointerMovesOntoIt(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = open(context, edition);
            word(page, "t1").hover();
            waitOpen(page, "n1");
            assertInsideViewport(page, "n1", "hover");
            // Like a person: off the term into the gap, a pause there, then onto the note.
            BoundingBox term = word(page, "t1").boundingBox();
            BoundingBox note = page.locator("#n1").boundingBox();
            double x = Math.min(Math.max(term.x + term.width / 2, note.x + 4), note.x + note.width - 4);
            double gapY = note.y >= term.y + term.height ? (term.y + term.height + note.y) / 2
                    : (note.y + note.height + term.y) / 2;
            page.mouse().move(x, gapY);
            page.waitForTimeout(100);
            page.mouse().move(x, note.y + note.height / 2,
                    new Mouse.MoveOptions().setSteps(4));
            page.waitForTimeout(1000);
            assertTrue(isOpen(page, "n1"), "the note closed while the pointer was on it");
            // Leaving both the term and the note closes it after a short grace time.
            page.mouse().move(2, 790);
            waitClosed(page, "n1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void escapeDismissesAHoverNoteWithoutMovingThePointer(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = open(context, edition);
            word(page, "t1").hover();
            waitOpen(page, "n1");
            page.keyboard().press("Escape");
            waitClosed(page, "n1");
            page.waitForTimeout(600);
            assertFalse(isOpen(page, "n1"), "the note came back while the pointer stayed on the term");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void aClickPinsAHoverNoteUntilEscape(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = open(context, edition);
            word(page, "t1").hover();
            waitOpen(page, "n1");
            word(page, "t1").click();
            page.mouse().move(2, 790);
            page.waitForTimeout(1000);
            assertTrue(isOpen(page, "n1"), "a click on an open note's term must pin it, not close it");
            page.keyboard().press("Escape");
            waitClosed(page, "n1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void keyboardFocusOpensTheNoteAndEscapeClosesIt(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = open(context, edition);
            for (int i = 0; i < 100 && !"t1".equals(page.evaluate("document.activeElement.id")); i++) {
                page.keyboard().press("Tab");
            }
            assertEquals("t1", page.evaluate("document.activeElement.id"), "Tab never reached the first term");
            waitOpen(page, "n1");
            assertInsideViewport(page, "n1", "focus");
            page.keyboard().press("Escape");
            waitClosed(page, "n1");
            assertEquals("t1", page.evaluate("document.activeElement.id"), "Esc must leave focus on the term");
            // Tab on: the note closes, the next term's note opens.
            page.keyboard().press("Tab");
            if ("n2".equals(page.evaluate("document.activeElement.getAttribute('popovertarget')"))) {
                waitOpen(page, "n2");
            }
            waitClosed(page, "n1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void aTapOnATouchScreenOpensTheNoteAndATapElsewhereClosesIt(String edition) {
        try (BrowserContext context = chromium.browser().newContext(phone())) {
            Page page = open(context, edition);
            word(page, "t1").tap();
            waitOpen(page, "n1");
            page.waitForTimeout(400);
            assertTrue(isOpen(page, "n1"), "the note must stay open after the tap");
            assertInsideViewport(page, "n1", "tap");
            page.locator("h1").first().tap();
            waitClosed(page, "n1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void anOpenNoteFollowsItsTermWhenScrolledAndClosesWhenTheTermLeavesTheScreen(String edition) {
        try (BrowserContext context = chromium.browser().newContext(phone())) {
            Page page = open(context, edition);
            word(page, "t2").scrollIntoViewIfNeeded();
            word(page, "t2").tap();
            waitOpen(page, "n2");
            page.evaluate("() => window.scrollBy(0, 40)");
            // The note is moved on the next frames: wait (with a deadline) until it sits by its term again.
            try {
                page.waitForFunction("() => { const t = document.getElementById('t2').closest('.term-word').getBoundingClientRect(),"
                        + " n = document.getElementById('n2').getBoundingClientRect();"
                        + " return Math.min(Math.abs(n.top - t.bottom), Math.abs(t.top - n.bottom)) < 20; }", null,
                        new Page.WaitForFunctionOptions().setTimeout(TIMEOUT));
            } catch (com.microsoft.playwright.TimeoutError e) {
                // reported with the positions below
            }
            BoundingBox term = word(page, "t2").boundingBox();
            BoundingBox note = page.locator("#n2").boundingBox();
            assertTrue(note.y >= term.y + term.height || note.y + note.height <= term.y, "the note covers its term");
            assertTrue(Math.min(Math.abs(note.y - (term.y + term.height)), Math.abs(term.y - (note.y + note.height))) < 20,
                    "the note stayed behind while the page scrolled");
            page.evaluate("() => window.scrollBy(0, 3 * innerHeight)");
            waitClosed(page, "n2");
        }
    }

    /**
     * Every term on a 360 px phone, with and without JavaScript: its note fits the screen. The
     * terms nearest the left and right edges are among them (checked, so the test cannot pass
     * by never meeting an edge).
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void everyNoteStaysInsideA360PixelScreen(String edition) {
        for (boolean js : new boolean[] {true, false}) {
            try (BrowserContext context = chromium.browser().newContext(phone().setJavaScriptEnabled(js))) {
                Page page = open(context, edition);
                Locator terms = page.locator(".term-word");
                int n = terms.count();
                assertTrue(n > 0, "no terms on the page");
                double vw = ((Number) page.evaluate("innerWidth")).doubleValue();
                assertEquals(360.0, vw);
                double minLeft = vw;
                double maxRight = 0;
                for (int i = 0; i < n; i++) {
                    Locator term = terms.nth(i);
                    String note = term.locator("button.term").getAttribute("popovertarget");
                    term.scrollIntoViewIfNeeded();
                    BoundingBox b = term.boundingBox();
                    minLeft = Math.min(minLeft, b.x);
                    maxRight = Math.max(maxRight, b.x + b.width);
                    term.tap();
                    waitOpen(page, note);
                    assertInsideViewport(page, note, (js ? "JS on" : "JS off") + ", term " + term.textContent());
                    page.keyboard().press("Escape");
                    waitClosed(page, note);
                }
                assertTrue(minLeft < vw * 0.15, "no term near the left edge was tried; leftmost at " + minLeft);
                assertTrue(maxRight > vw * 0.85, "no term near the right edge was tried; rightmost ends at " + maxRight);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void withoutJavaScriptAClickOrEnterOpensTheNoteAndEscapeClosesIt(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop().setJavaScriptEnabled(false))) {
            Page page = open(context, edition);
            word(page, "t1").hover();
            page.waitForTimeout(500);
            assertFalse(isOpen(page, "n1"), "JavaScript is off: hover should do nothing (proves JS is really off)");
            word(page, "t1").click();
            waitOpen(page, "n1");
            assertInsideViewport(page, "n1", "no JS");
            page.keyboard().press("Escape");
            waitClosed(page, "n1");
            page.locator("#t1").focus();
            page.keyboard().press("Enter");
            waitOpen(page, "n1");
            page.keyboard().press("Escape");
            waitClosed(page, "n1");
        }
    }

    /** The parallel page prints both editions side by side; each edition's notes work there too. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void notesWorkInTheParallelView(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = context.newPage();
            page.navigate(BuiltSite.fixture().resolve("parallel/deepseek-shock.html").toUri().toString());
            String term = "#" + edition + "-t1";
            String note = edition + "-n1";
            page.locator(".term-word:has(> " + term + ")").scrollIntoViewIfNeeded();
            page.locator(".term-word:has(> " + term + ")").hover();
            waitOpen(page, note);
            assertInsideViewport(page, note, "parallel");
            assertEquals("../" + edition + "/glossary.html#" + page.locator(term).getAttribute("data-term"),
                    page.locator("#" + note + " a.note-link").getAttribute("href"));
            page.keyboard().press("Escape");
            waitClosed(page, note);
        }
    }

    /** Screen readers meet a button named by the term, collapsed, that expands to the note. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void theTermIsAnnouncedAsACollapsedButtonThatExpandsToItsNote(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = open(context, edition);
            String word = word(page, "t1").textContent();
            String noteText = page.locator("#n1 .note-text").textContent();
            Map<String, String> before = axButton(context, page, "#t1");
            assertEquals("button", before.get("role"));
            assertEquals(word, before.get("name"));
            assertEquals("false", before.get("expanded"));
            String paragraph = page.locator("p:has(#t1)").ariaSnapshot();
            assertTrue(paragraph.contains("button \"" + word + "\""), paragraph);
            assertFalse(paragraph.contains(noteText), "a closed note must not be read in the running text");
            word(page, "t1").click();
            waitOpen(page, "n1");
            assertEquals("true", axButton(context, page, "#t1").get("expanded"));
            paragraph = page.locator("p:has(#t1)").ariaSnapshot();
            int button = paragraph.indexOf("button \"" + word + "\"");
            int note = paragraph.indexOf(noteText);
            assertTrue(button >= 0 && note > button, "the open note follows its term in reading order:\n" + paragraph);
            assertTrue(paragraph.contains("term: " + page.locator("#n1 dfn").textContent()), paragraph);
        }
    }

    /** Role, name and expanded state of an element, from Chromium's own accessibility tree. */
    private static Map<String, String> axButton(BrowserContext context, Page page, String selector) {
        CDPSession cdp = context.newCDPSession(page);
        JsonObject doc = cdp.send("DOM.getDocument");
        JsonObject q = new JsonObject();
        q.addProperty("nodeId", doc.getAsJsonObject("root").get("nodeId").getAsInt());
        q.addProperty("selector", selector);
        int nodeId = cdp.send("DOM.querySelector", q).get("nodeId").getAsInt();
        JsonObject p = new JsonObject();
        p.addProperty("nodeId", nodeId);
        p.addProperty("fetchRelatives", false);
        JsonArray nodes = cdp.send("Accessibility.getPartialAXTree", p).getAsJsonArray("nodes");
        JsonObject node = nodes.get(0).getAsJsonObject();
        String expanded = "absent";
        for (JsonElement prop : node.getAsJsonArray("properties")) {
            JsonObject o = prop.getAsJsonObject();
            if ("expanded".equals(o.get("name").getAsString())) {
                expanded = o.getAsJsonObject("value").get("value").getAsString();
            }
        }
        cdp.detach();
        return Map.of("role", node.getAsJsonObject("role").get("value").getAsString(),
                "name", node.getAsJsonObject("name").get("value").getAsString(), "expanded", expanded);
    }

    /**
     * Every note names its term, gives the English (marked as English) and an explanation, and
     * links to its entry on the edition's glossary page, which exists.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void everyNoteShowsTermEnglishExplanationAndAWorkingLinkToItsEntry(String edition) throws Exception {
        String glossary = Files.readString(BuiltSite.fixture().resolve(edition + "/glossary.html"), StandardCharsets.UTF_8);
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = open(context, edition);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> notes = (List<Map<String, Object>>) page.evaluate("""
                    () => [...document.querySelectorAll('button.term')].map(b => {
                      const n = document.getElementById(b.getAttribute('popovertarget'));
                      const en = n.querySelector('.note-en');
                      return {id: b.id, data: b.dataset.term, sibling: b.closest('.term-word').nextElementSibling === n,
                        dfn: n.querySelector('dfn').textContent, en: en.textContent, enLang: en.lang,
                        text: n.querySelector('.note-text').textContent,
                        href: n.querySelector('a.note-link').getAttribute('href')};
                    })""");
            assertFalse(notes.isEmpty());
            List<String> problems = new ArrayList<>();
            for (Map<String, Object> n : notes) {
                String id = (String) n.get("id");
                if (!Boolean.TRUE.equals(n.get("sibling"))) {
                    problems.add(id + ": the note does not follow its term");
                }
                for (String k : List.of("dfn", "en", "text")) {
                    if (((String) n.get(k)).isBlank()) {
                        problems.add(id + ": empty " + k);
                    }
                }
                if (!"en".equals(n.get("enLang"))) {
                    problems.add(id + ": English not marked lang=en");
                }
                String href = (String) n.get("href");
                if (!href.equals("glossary.html#" + n.get("data"))) {
                    problems.add(id + ": link " + href);
                } else if (!glossary.contains("id=\"" + n.get("data") + "\"")) {
                    problems.add(id + ": " + href + " names no entry on the glossary page");
                }
            }
            assertEquals(List.of(), problems);
            // And the link is really shown when the note is open.
            word(page, "t1").click();
            waitOpen(page, "n1");
            assertTrue(page.locator("#n1 a.note-link").isVisible());
            assertTrue(page.locator("#n1 .note-en").isVisible() && page.locator("#n1 .note-text").isVisible());
        }
    }

    /** Marked, but quietly: same colour, weight and size as the text around it, a dotted underline. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void theTermIsVisiblyButQuietlyMarked(String edition) {
        try (BrowserContext context = chromium.browser().newContext(desktop())) {
            Page page = open(context, edition);
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) page.evaluate("""
                    () => { const b = document.getElementById('t1').closest('.term-word'), t = getComputedStyle(b), p = getComputedStyle(b.closest('p'));
                      return {line: t.textDecorationLine, style: t.textDecorationStyle, color: t.color, pcolor: p.color,
                        weight: t.fontWeight, pweight: p.fontWeight, size: t.fontSize, psize: p.fontSize,
                        family: t.fontFamily, pfamily: p.fontFamily, bg: t.backgroundColor, border: t.borderTopWidth}; }""");
            assertEquals("underline", s.get("line"));
            assertEquals("dotted", s.get("style"));
            assertEquals(s.get("pcolor"), s.get("color"));
            assertEquals(s.get("pweight"), s.get("weight"));
            assertEquals(s.get("psize"), s.get("size"));
            assertEquals(s.get("pfamily"), s.get("family"));
            assertEquals("rgba(0, 0, 0, 0)", s.get("bg"));
            assertEquals("0px", s.get("border"));
        }
    }
}
