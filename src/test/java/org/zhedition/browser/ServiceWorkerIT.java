package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.build.Build;
import org.zhedition.TestProjects;
import org.zhedition.serve.Preview;

/**
 * The service worker over loopback, with GitHub Pages' {@code Cache-Control: max-age=600}: after
 * a new build is published, the very next visit shows it (pages network-first, past the HTTP
 * cache); offline, the new build's pages are still there (the new store filled from the server,
 * not the HTTP cache; older stores gone); and the editor's preview never registers a worker.
 */
class ServiceWorkerIT extends BrowserTest {
    private static final String ARTICLE = "content/articles/deepseek-shock.md";
    /** Records every registration attempt, before any of the site's scripts run. */
    private static final String WATCH_REGISTRATIONS = "window.__registrations = [];"
            + " if (navigator.serviceWorker) { const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);"
            + " navigator.serviceWorker.register = function (url, options) { window.__registrations.push(String(url));"
            + " return register(url, options); }; }";

    @TempDir
    Path root;

    private String original;

    /** Builds the article with {@code paragraph} added at its end into site/, as a deploy does. */
    private void publish(String paragraph) throws IOException {
        Path article = root.resolve(ARTICLE);
        if (original == null) {
            original = Files.readString(article, StandardCharsets.UTF_8);
        }
        Files.writeString(article, original + "\n" + paragraph + "\n", StandardCharsets.UTF_8);
        Build.site(root, true);
    }

    private static String text(Page page) {
        return (String) page.evaluate("() => document.querySelector('main').textContent");
    }

    /** The stores the worker keeps, once the newest worker has finished installing and activating. */
    @SuppressWarnings("unchecked")
    private static List<String> storesOnce(Page page, String version) throws InterruptedException {
        List<String> names = List.of();
        for (int i = 0; i < 200; i++) {
            names = (List<String>) page.evaluate("async () => { const r = await navigator.serviceWorker.getRegistration();"
                    + " return r && !r.installing && !r.waiting && r.active && r.active.state === 'activated'"
                    + " ? await caches.keys() : []; }");
            if (names.stream().anyMatch(n -> n.endsWith(" " + version))) {
                return names;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the worker of build " + version + " never took over; stores: " + names);
    }

    private String version() throws IOException {
        Matcher m = Pattern.compile("var VERSION = \"([0-9a-f]+)\";").matcher(Files.readString(root.resolve("site/sw.js")));
        assertTrue(m.find(), "sw.js names its version");
        return m.group(1);
    }

    @Test
    void aPublishedChangeShowsOnTheNextVisitAndOffline() throws Exception {
        TestProjects.copyOfFixture(root);
        publish("第一版的段落。");
        try (LoopbackPages pages = LoopbackPages.serve(root.resolve("site"), "max-age=600");
                BrowserContext context = chromium.browser().newContext()) {
            context.addInitScript(WATCH_REGISTRATIONS);
            Page page = context.newPage();
            String hant = pages.base() + "zh-Hant/deepseek-shock.html";
            String hans = pages.base() + "zh-Hans/deepseek-shock.html";
            page.navigate(hant);
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            assertEquals(List.of(pages.base() + "sw.js"), page.evaluate("() => window.__registrations"));
            storesOnce(page, version());
            page.navigate(hans);  // now in the browser's HTTP cache too, for ten minutes
            assertTrue(text(page).contains("第一版的段落"));

            publish("第二版的段落。");
            String second = version();
            assertTrue(Files.readString(root.resolve("site/zh-Hans/deepseek-shock.html")).contains("第二版的段落"));
            page.navigate(hant);
            assertTrue(text(page).contains("第二版的段落"), "the first visit after publishing shows the new page");

            List<String> stores = storesOnce(page, second);
            assertEquals(1, stores.size(), "the previous build's store is gone: " + stores);

            context.setOffline(true);
            for (String url : List.of(hant, hans, pages.base() + "index.html", pages.base())) {
                page.navigate(url);
                assertTrue(page.locator("main h1, main .h1").count() > 0, "offline: " + url);
            }
            page.navigate(hans);
            assertTrue(text(page).contains("第二版的段落"),
                    "offline, a page not visited since publishing is the new one (the store was filled from the server)");
            assertFalse(text(page).contains("第一版的段落"));
        }
    }

    @Test
    void thePreviewNeverRegistersAWorker() throws Exception {
        TestProjects.copyOfFixture(root);
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        try (Preview preview = Preview.start(root, 0, () -> {
            Build.site(root, true);
            return "built";
        }, quiet, quiet); BrowserContext context = chromium.browser().newContext()) {
            context.addInitScript(WATCH_REGISTRATIONS);
            Page page = context.newPage();
            page.navigate("http://" + preview.address() + "/zh-Hant/deepseek-shock.html");
            page.waitForFunction("() => !document.documentElement.classList.contains('no-js')");  // site.js has run
            page.waitForLoadState();
            assertEquals(List.of(), page.evaluate("() => window.__registrations"));
            assertEquals(0, ((Number) page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length"))
                    .intValue());
        }
    }
}
