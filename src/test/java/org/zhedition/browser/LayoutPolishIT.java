package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhedition.TestProjects;

/**
 * Layout polish: the bar, the text and the footer share one column; a word spelt alike in both
 * scripts is not printed twice; English glosses are set in the Latin of the Chinese font beside
 * them; on a phone each paragraph of the parallel view says which script it is in; on paper the
 * page has margins and the parallel view stands in two columns. At 320, 360 and 1280 px, in the
 * light and the dark colour scheme.
 */
class LayoutPolishIT extends BrowserTest {
    private static final int[] WIDTHS = {320, 360, 1280};
    private static final List<ColorScheme> SCHEMES = List.of(ColorScheme.LIGHT, ColorScheme.DARK);

    static Stream<Path> everyPage() {
        return Stream.concat(BuiltSite.pages().stream(), BuiltSite.pages(BuiltSite.fixture()).stream()).distinct();
    }

    private BrowserContext context(int width, ColorScheme scheme) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, 800).setColorScheme(scheme));
    }

    private static String url(String page) {
        return BuiltSite.fixture().resolve(page).toUri().toString();
    }

    /** The content box of the bar, of main and of the footer: [left, right] each. */
    private static final String COLUMNS = "() => ['.bar-inner', 'main', '.foot'].map(s => { const e = document.querySelector(s);"
            + " if (!e) { return null; } const r = e.getBoundingClientRect(), c = getComputedStyle(e);"
            + " return [s, r.left + parseFloat(c.paddingLeft), r.right - parseFloat(c.paddingRight)]; }).filter(x => x)";

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPage")
    void theBarTheTextAndTheFooterShareOneColumn(Path page) {
        List<String> problems = new ArrayList<>();
        for (ColorScheme scheme : SCHEMES) {
            try (BrowserContext context = context(1280, scheme)) {
                Page p = context.newPage();
                for (int width : WIDTHS) {
                    p.setViewportSize(width, 800);
                    p.navigate(page.toUri().toString());
                    List<?> boxes = (List<?>) p.evaluate(COLUMNS);
                    assertTrue(boxes.size() >= 2, "no bar or main on " + page);
                    List<?> main = (List<?>) boxes.get(1);
                    for (Object o : boxes) {
                        List<?> box = (List<?>) o;
                        for (int edge = 1; edge <= 2; edge++) {
                            double d = ((Number) box.get(edge)).doubleValue() - ((Number) main.get(edge)).doubleValue();
                            if (Math.abs(d) > 1) {
                                problems.add(scheme + " " + width + " px: " + box.get(0) + (edge == 1 ? " left" : " right")
                                        + " edge " + Math.round(d) + " px off the text column");
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems, BuiltSite.name(page));
    }

    /** Where a label is given in both scripts side by side, the two differ: 「文章 · 文章」 says nothing twice. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPage")
    void aWordSpeltAlikeInBothScriptsIsWrittenOnce(Path page) throws IOException {
        List<String> repeated = new ArrayList<>();
        for (Element e : Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).select("span[lang=zh-Hant]")) {
            for (Element s = e.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                if (s.tagName().equals("span") && s.attr("lang").equals("zh-Hans") && s.text().equals(e.text())) {
                    repeated.add(e.parent().outerHtml());
                }
            }
        }
        assertEquals(List.of(), repeated, BuiltSite.name(page));
    }

    /** The label logic itself, on a page whose word is spelt alike (文章) and one whose is not (詞彙表/词汇表). */
    @Test
    void theHomePageHeadingsNameEachSectionOnceOrInBothScripts() throws IOException {
        var home = Jsoup.parse(Files.readString(BuiltSite.fixture().resolve("index.html"), StandardCharsets.UTF_8));
        List<String> headings = home.select("main h2").eachText();
        assertTrue(headings.contains("文章"), headings.toString());
        assertTrue(headings.contains("詞彙表 · 词汇表"), headings.toString());
    }

    /** Family name → glyphs drawn with it, for the text inside the first element matching {@code selector}. */
    private static Map<String, Integer> fonts(BrowserContext context, Page page, String selector) {
        CDPSession cdp = context.newCDPSession(page);
        try {
            cdp.send("DOM.enable");
            cdp.send("CSS.enable");
            JsonObject doc = cdp.send("DOM.getDocument");
            JsonObject q = new JsonObject();
            q.addProperty("nodeId", doc.getAsJsonObject("root").get("nodeId").getAsInt());
            q.addProperty("selector", selector);
            int nodeId = cdp.send("DOM.querySelector", q).get("nodeId").getAsInt();
            assertTrue(nodeId != 0, "no " + selector);
            JsonObject p = new JsonObject();
            p.addProperty("nodeId", nodeId);
            JsonArray used = cdp.send("CSS.getPlatformFontsForNode", p).getAsJsonArray("fonts");
            Map<String, Integer> out = new TreeMap<>();
            for (JsonElement f : used) {
                JsonObject o = f.getAsJsonObject();
                out.merge(o.get("familyName").getAsString(), o.get("glyphCount").getAsInt(), Integer::sum);
            }
            return out;
        } finally {
            cdp.detach();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void englishGlossesUseTheLatinOfTheChineseFont(String edition) {
        for (ColorScheme scheme : SCHEMES) {
            try (BrowserContext context = context(1280, scheme)) {
                Page p = context.newPage();
                for (int width : WIDTHS) {
                    p.setViewportSize(width, 800);
                    p.navigate(url(edition + "/glossary.html"));
                    Map<String, Integer> chinese = fonts(context, p, "main dfn");
                    Map<String, Integer> english = fonts(context, p, "main .en[lang=en]");
                    assertFalse(chinese.isEmpty() || english.isEmpty(), chinese + " " + english);
                    assertEquals(chinese.keySet(), english.keySet(), scheme + " " + width + " px, glossary: the English is set in "
                            + english + ", the Chinese in " + chinese);
                    p.navigate(url(edition + "/" + TestProjects.SLUG + ".html"));
                    p.locator(".term-word").first().click();
                    Map<String, Integer> note = fonts(context, p, ":popover-open .note-en");
                    assertEquals(chinese.keySet(), note.keySet(), scheme + " " + width + " px, note: the English is set in " + note);
                }
            }
        }
    }

    /** On a phone, where the two scripts alternate, each paragraph carries a visible badge naming its script. */
    @Test
    void onAPhoneEachParallelParagraphSaysWhichScriptItIsIn() {
        for (ColorScheme scheme : SCHEMES) {
            for (int width : WIDTHS) {
                try (BrowserContext context = context(width, scheme)) {
                    Page p = context.newPage();
                    p.navigate(url("parallel/" + TestProjects.SLUG + ".html"));
                    Map<String, String> names = Map.of(
                            "zh-Hant", p.locator(".bar a[data-switch=zh-Hant]").textContent().strip(),
                            "zh-Hans", p.locator(".bar a[data-switch=zh-Hans]").textContent().strip());
                    // One pass in the page: per cell, its script, its badge's text and where the badge is drawn.
                    List<?> cells = (List<?>) p.evaluate("() => [...document.querySelectorAll('.parallel-row[id] > .cell')].map(c => {"
                            + " const b = c.querySelector(':scope > .script-badge'); const r = b && b.getBoundingClientRect(), k = c.getBoundingClientRect();"
                            + " const shown = !!b && r.width >= 10 && getComputedStyle(b).clipPath === 'none' && getComputedStyle(b).visibility === 'visible';"
                            + " return [c.lang, b ? b.textContent.trim() : null, shown, !!b && r.left >= k.left - 1 && r.right <= k.right + 1"
                            + " && r.top >= k.top - 1 && r.top <= k.top + 40]; })");
                    assertTrue(cells.size() >= 20, "cells: " + cells.size());
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < cells.size(); i++) {
                        List<?> c = (List<?>) cells.get(i);
                        String lang = (String) c.get(0);
                        if (!names.get(lang).equals(c.get(1))) {
                            problems.add(i + " (" + lang + "): badge " + c.get(1));
                        } else if (width < 500 && !(Boolean.TRUE.equals(c.get(2)) && Boolean.TRUE.equals(c.get(3)))) {
                            problems.add(i + " (" + lang + "): badge not shown at the paragraph's start: " + c);
                        }
                    }
                    // In the accessibility tree, at every width: a screen reader hears it too.
                    for (String lang : List.of("zh-Hant", "zh-Hans")) {
                        String tree = p.locator(".parallel-row[id] > .cell[lang=" + lang + "]").first().ariaSnapshot();
                        if (!tree.contains(names.get(lang))) {
                            problems.add(lang + ": badge not in the accessibility tree: " + tree);
                        }
                    }
                    assertEquals(List.of(), problems, scheme + " " + width + " px");
                    if (width < 500) {
                        var axe = new AxeBuilder(p).withTags(AccessibilityIT.TAGS).analyze().getViolations();
                        assertEquals(List.of(), axe.stream().map(v -> v.getId() + ": " + v.getNodes().get(0).getTarget()).toList(),
                                "axe, " + scheme + " " + width + " px");
                    }
                }
            }
        }
    }

    /** Every page has margins on paper of at least 10 mm on each side (@page in the print style sheet). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index.html", "zh-Hant/glossary.html", "zh-Hans/" + TestProjects.SLUG + ".html", "parallel/" + TestProjects.SLUG + ".html"})
    void printedPagesHaveMargins(String page) {
        // Over loopback: from file:// a page may not read its own style sheets' rules.
        try (LoopbackPages site = LoopbackPages.serve(BuiltSite.fixture()); BrowserContext context = context(1280, ColorScheme.LIGHT)) {
            Page p = context.newPage();
            p.navigate(site.base() + page);
            p.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            List<?> margins = (List<?>) p.evaluate("() => { const mm = v => { const m = /^([\\d.]+)(mm|cm|in|pt|px)$/.exec(v.trim());"
                    + " return m ? parseFloat(m[1]) * {mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, px: 25.4 / 96}[m[2]] : 0; };"
                    + " const rules = [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r instanceof CSSPageRule && !r.selectorText);"
                    + " return ['top', 'right', 'bottom', 'left'].map(side => Math.max(0, ...rules.map(r => mm(r.style.getPropertyValue('margin-' + side))))); }");
            for (Object m : margins) {
                assertTrue(((Number) m).doubleValue() >= 10, page + ": @page margins (mm, top right bottom left) " + margins);
            }
        }
    }

    /** On paper the parallel view stands in two columns, each paragraph beside its counterpart, every note printed. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {EvenLinesIT.A4_TEXT, 1280})
    void theParallelViewPrintsInTwoColumns(int width) {
        try (BrowserContext context = context(width, ColorScheme.LIGHT)) {
            Page p = context.newPage();
            p.navigate(url("parallel/" + TestProjects.SLUG + ".html"));
            p.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            List<?> r = (List<?>) p.evaluate("() => [...document.querySelectorAll('.parallel-row[id]')].filter(row => row.children.length === 2)"
                    + ".map(row => { const a = row.children[0].getBoundingClientRect(), b = row.children[1].getBoundingClientRect();"
                    + " return Math.abs(a.top - b.top) <= 1 && b.left >= a.right; })");
            assertTrue(r.size() >= 20, "rows: " + r.size());
            assertFalse(r.contains(false), "a row printed with its two scripts one under the other: " + r);
            assertEquals(p.locator("button.term").count(), p.locator(".note:visible").count(), "every note printed");
            assertEquals(0, p.locator(".script-badge:visible").count(), "the column heads name the scripts on paper");
        }
    }
}
