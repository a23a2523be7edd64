package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhedition.verify.TwoArticleSite;

/**
 * An article's images, opened from {@code file://}: every image loads from the site folder (no
 * request leaves the disk), is described, and fits the column on a 320 px phone.
 */
class ImagesIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-Hant/", "zh-Hans/", "parallel/"})
    void everyImageLoadsFromTheSiteFolderAndFitsAPhone(String folder) {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onRequest(r -> {
                if (!r.url().startsWith("file:")) {
                    problems.add("request " + r.url());
                }
            });
            page.onRequestFailed(r -> problems.add("failed " + r.url()));
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    problems.add("console: " + m.text());
                }
            });
            page.navigate(TwoArticleSite.root().resolve(folder + TwoArticleSite.SLUG + ".html").toUri().toString());
            page.waitForFunction("Array.from(document.images).every(i => i.complete)");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> images = (List<Map<String, Object>>) page.evaluate("Array.from(document.images, i => ({"
                    + " src: i.getAttribute('src'), alt: i.alt, natural: i.naturalWidth,"
                    + " overflow: i.getBoundingClientRect().right - i.parentElement.getBoundingClientRect().right }))");
            int perEdition = folder.equals("parallel/") ? 4 : 2;
            assertEquals(perEdition, images.size(), images.toString());
            for (Map<String, Object> i : images) {
                assertTrue(((Number) i.get("natural")).intValue() > 0, "did not load: " + i);
                assertTrue(!((String) i.get("alt")).isBlank(), "no description: " + i);
                assertTrue(((Number) i.get("overflow")).doubleValue() <= 0.5, "wider than its column: " + i);
            }
            assertEquals(0, ((Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue(),
                    "no horizontal scrolling");
            assertEquals(List.of(), problems);
        }
    }
}
