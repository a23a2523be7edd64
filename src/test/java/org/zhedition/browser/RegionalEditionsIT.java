package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;
import org.zhedition.build.Build;
import org.zhedition.write.SiteWriter;

/**
 * Three editions in a browser, from file://: the Taiwan fixture (a copy of content/: zh-Hant,
 * zh-Hans, zh-TW) built once. The switch offers every edition and keeps the reader's paragraph,
 * the home page offers the last edition read first, each parallel view's pair can be changed by a
 * link, and the zh-TW glossary and notes print Taiwan's headwords.
 */
class RegionalEditionsIT extends BrowserTest {
    private static final String SLUG = TestProjects.SLUG;
    private Path site;

    @BeforeAll
    void build() throws IOException {
        Path root = Files.createTempDirectory("zhedition-regional");
        TestProjects.copyTree(TestProjects.repository().resolve("src/test/resources/projects/taiwan"), root);
        TestProjects.copyTree(TestProjects.templates(), root.resolve("templates"));
        site = root.resolve("site");
        SiteWriter.replace(site, Build.run(root.resolve("content"), root.resolve("templates")).files());
    }

    private String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    private BrowserContext context(int width) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, 740));
    }

    @Test
    void theSwitchOffersEveryEditionAndKeepsTheParagraph() {
        for (int width : List.of(320, 1280)) {
            try (BrowserContext context = context(width)) {
                Page page = context.newPage();
                page.navigate(url("zh-Hans/" + SLUG + ".html"));
                assertEquals(List.of("zh-Hant", "zh-TW"), page.locator(".bar a.switch").evaluateAll("as => as.map(a => a.dataset.switch)"));
                Reader.readAt(page, "p21");
                Reader.tap(page, "a[data-switch='zh-TW']");
                Reader.arrive(page, "/zh-TW/" + SLUG + ".html#p21");
                Reader.assertReading(page, "p21");
                assertEquals("zh-Hant-TW", page.evaluate("() => document.documentElement.lang"));
                assertTrue(page.locator("#p21").textContent().contains("輝達"), "Taiwan's words");
                Reader.readAt(page, "p8");
                Reader.tap(page, "a[data-switch='zh-Hant']");
                Reader.arrive(page, "/zh-Hant/" + SLUG + ".html#p8");
                Reader.assertReading(page, "p8");
                assertTrue(page.locator("#p8").textContent().contains("英偉達"), "the author's words");
            }
        }
    }

    @Test
    void theHomePageOffersTheLastEditionReadFirst() {
        try (BrowserContext context = context(360)) {
            Page page = context.newPage();
            page.navigate(url("index.html"));
            String order = "() => Array.from(document.querySelector('[data-editions]').children).map(li => li.dataset.edition)";
            assertEquals(List.of("zh-Hant", "zh-Hans", "zh-TW", "parallel"), page.evaluate(order));
            page.navigate(url("zh-TW/" + SLUG + ".html"));
            page.navigate(url("index.html"));
            assertEquals(List.of("zh-TW", "zh-Hant", "zh-Hans", "parallel"), page.evaluate(order));
        }
    }

    @Test
    void anyTwoEditionsSideBySidePickedByALink() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(url("zh-TW/" + SLUG + ".html"));
            Reader.tap(page, "a[data-switch='parallel']");
            Reader.arrive(page, "/parallel/" + SLUG + ".zh-Hant.zh-TW.html");
            assertEquals(List.of("zh-Hant", "zh-Hant-TW"), page.locator("#p1 > .cell").evaluateAll("cs => cs.map(c => c.lang)"));
            page.locator(".parallel-pairs a[href='" + SLUG + ".zh-Hans.zh-TW.html']").click();
            Reader.arrive(page, "/parallel/" + SLUG + ".zh-Hans.zh-TW.html");
            assertEquals(List.of("zh-Hans", "zh-Hant-TW"), page.locator("#p1 > .cell").evaluateAll("cs => cs.map(c => c.lang)"));
            assertTrue(page.locator(".parallel-pairs [aria-current=page]").textContent().contains("台灣繁體版"));
        }
    }

    @Test
    void theTaiwanGlossaryAndNotesPrintTaiwansHeadwords() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(url("zh-TW/glossary.html"));
            String nvidia = page.locator("#nvidia").textContent();
            assertTrue(nvidia.contains("輝達") && nvidia.contains("香港、中國大陸譯作「英偉達」"), nvidia);
            assertTrue(page.locator("#nvidia .regional").textContent().contains("英偉達"));
            page.navigate(url("zh-TW/" + SLUG + ".html"));
            page.locator(".term-word").first().click();
            assertTrue(page.locator(":popover-open dfn").count() == 1, "a note opens");
            assertTrue(page.locator("[data-term=nvidia]").count() > 0, "輝達 is annotated in the zh-TW text");
        }
    }
}
