package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.ArchiveFixture;

/**
 * A reader finds their way through the 100-article fixture from {@code file://}, in each edition,
 * at 320, 360 and 1280 px, light and dark: home page → the edition's tag index → a tag → an
 * article → the next newer and back → an article's table of contents → the script switch, which
 * keeps the place. No page scrolls sideways on the way.
 */
class ArchiveBrowsingIT extends BrowserTest {
    static Stream<Arguments> readers() {
        return Stream.of("zh-Hant", "zh-Hans").flatMap(edition -> Stream.of(320, 360, 1280)
                .flatMap(width -> Stream.of(ColorScheme.LIGHT, ColorScheme.DARK).map(s -> Arguments.of(edition, width, s))));
    }

    @ParameterizedTest(name = "{0} {1} px {2}")
    @MethodSource("readers")
    void homeTagArticleNeighboursContents(String edition, int width, ColorScheme scheme) {
        Path site = ArchiveFixture.site();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setColorScheme(scheme).setViewportSize(width, 740))) {
            Page p = context.newPage();
            p.navigate(site.resolve("index.html").toUri().toString());
            noSidewaysScrolling(p);
            assertEquals(ArchiveFixture.ARTICLES, p.locator(".article-card").count());

            clickAndWait(p, p.locator(".tag-indexes a[hreflang=" + edition + "]"));
            assertTrue(p.url().endsWith("/" + edition + "/tags/index.html"), p.url());
            noSidewaysScrolling(p);
            Locator tags = p.locator(".tag-index a");
            assertEquals(12, tags.count());
            Locator tag = tags.nth(width % 12);
            String name = tag.innerText();
            clickAndWait(p, tag);
            assertEquals(name, p.locator("h1").innerText(), "the tag page is the tag's");
            noSidewaysScrolling(p);

            Locator first = p.locator(".article-card .card-title a").first();
            String title = first.innerText();
            clickAndWait(p, first);
            assertEquals(title, p.locator("article h1").innerText());
            assertTrue(p.url().contains("/" + edition + "/"), p.url());
            noSidewaysScrolling(p);

            // Next newer and back (or older and back for the newest article).
            String here = p.url();
            String rel = p.locator("nav.pager a[rel=next]").count() > 0 ? "next" : "prev";
            String back = rel.equals("next") ? "prev" : "next";
            Locator link = p.locator("nav.pager a[rel=" + rel + "]");
            assertTrue(link.innerText().contains(link.locator(".pager-title").innerText()) && !link.innerText().isBlank());
            String neighbour = link.locator(".pager-title").innerText();
            clickAndWait(p, link);
            assertEquals(neighbour, p.locator("article h1").innerText());
            noSidewaysScrolling(p);
            clickAndWait(p, p.locator("nav.pager a[rel=" + back + "]"));
            assertEquals(here, p.url(), "back where the reader was");

            // Older articles until one has a table of contents (every fourth has none, one two headings).
            for (int i = 0; i < 4 && p.locator("nav.article-toc").count() == 0; i++) {
                clickAndWait(p, p.locator("nav.pager a[rel=prev]"));
            }
            Locator toc = p.locator("nav.article-toc a");
            assertTrue(toc.count() >= 3, "a table of contents within four articles: " + p.url());
            noSidewaysScrolling(p);
            // An entry's number stands beside its first line: a link that is an atomic inline
            // (inline-block, say, for its 24 px target) has its last line as its baseline, and the
            // list puts the number there when a long heading wraps on a phone.
            assertEquals(List.of(), toc.evaluateAll("as => as.filter(a => /^inline-/.test(getComputedStyle(a).display))"
                    + ".map(a => a.textContent + ': ' + getComputedStyle(a).display)"), "entries whose number sits beside their last line");
            Locator entry = toc.nth(1);
            String id = entry.getAttribute("href").substring(1);
            String heading = entry.innerText();
            entry.click();
            p.waitForFunction("id => location.hash === '#' + id", id);
            // Scrolled (smoothly, unless the reader asks for reduced motion) until the heading is
            // in view below the sticky bar.
            String inView = "id => { const r = document.getElementById(id).getBoundingClientRect();"
                    + " const bar = document.querySelector('.bar').getBoundingClientRect();"
                    + " return r.top >= bar.bottom - 1 && r.bottom <= innerHeight; }";
            try {
                p.waitForFunction(inView, id, new Page.WaitForFunctionOptions().setTimeout(5000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                throw new AssertionError("#" + id + " is not in view below the bar: " + p.evaluate(
                        "id => JSON.stringify(document.getElementById(id).getBoundingClientRect())", id));
            }
            List<?> m = List.of(0, 0, 0, 0, p.evaluate("id => document.getElementById(id).textContent.trim()", id));
            assertEquals(heading, m.get(4));

            // The script switch keeps the place: the same block id in the other edition.
            String switchedId = (String) p.evaluate("() => { const a = document.querySelector('a.switch'); a.click(); "
                    + "return (a.getAttribute('href').split('#')[1]) || ''; }");
            p.waitForLoadState();
            p.waitForFunction("e => document.documentElement.lang === e", edition.equals("zh-Hant") ? "zh-Hans" : "zh-Hant");
            if (!switchedId.isEmpty()) {
                assertNotNull(p.evaluate("id => document.getElementById(id) && document.getElementById(id).tagName", switchedId),
                        "the other edition has #" + switchedId);
            }
            assertEquals(toc.count(), p.locator("nav.article-toc a").count(), "the same table of contents");
            assertEquals(id, p.locator("nav.article-toc a").nth(1).getAttribute("href").substring(1), "the same anchors");
        }
    }

    private static void clickAndWait(Page p, Locator link) {
        String before = p.url();
        link.click();
        p.waitForFunction("u => location.href !== u", before);
        p.waitForLoadState();
    }

    private static void noSidewaysScrolling(Page p) {
        List<?> m = (List<?>) p.evaluate("() => [document.scrollingElement.scrollWidth, innerWidth]");
        assertTrue(((Number) m.get(0)).intValue() <= ((Number) m.get(1)).intValue(), p.url() + " scrolls sideways: " + m);
    }
}
