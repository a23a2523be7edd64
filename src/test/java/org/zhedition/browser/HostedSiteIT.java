package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site as GitHub Pages serves a project site ({@code site/} under {@code /repo/} on
 * loopback): every link and fragment resolves, nothing escapes the sub-path, no page logs an
 * error, and the service worker keeps every page for offline reading.
 */
class HostedSiteIT extends BrowserTest {
    private LoopbackPages pages;

    @BeforeAll
    void start() {
        pages = LoopbackPages.serve(BuiltSite.published());
    }

    @AfterAll
    void stop() {
        if (pages != null) {
            pages.close();
        }
    }

    /** What one page links to and which ids it has. */
    private record Crawled(List<String> links, Set<String> ids, List<String> problems) {
    }

    @SuppressWarnings("unchecked")
    private Crawled visit(Page page, String url) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || "warning".equals(m.type())) {
                problems.add("console " + m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.navigate(url);
        page.waitForLoadState();
        List<String> links = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('[href], [src]'))"
                + ".map(e => e.href !== undefined && e.getAttribute('href') !== null ? e.href : e.src)");
        List<String> ids = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('[id]')).map(e => e.id)");
        return new Crawled(links, new TreeSet<>(ids), problems);
    }

    @Test
    void everyLinkAndFragmentResolvesUnderTheSubPath() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Crawled> crawled = new TreeMap<>();
        Map<String, Integer> status = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            context.onRequest(r -> {
                if (!r.url().startsWith(pages.base())) {
                    outside.add(r.url());
                }
            });
            Page page = context.newPage();
            Deque<String> queue = new ArrayDeque<>(List.of(pages.base() + "index.html"));
            // Every page the build wrote is crawled, linked or not.
            BuiltSite.pages().forEach(p -> queue.add(pages.base() + BuiltSite.name(p)));
            while (!queue.isEmpty()) {
                String url = queue.poll();
                if (crawled.containsKey(url) || url.endsWith("404.html")) {
                    continue;
                }
                Crawled c = visit(page, url);
                crawled.put(url, c);
                c.problems().forEach(p -> problems.add(url + ": " + p));
                for (String link : c.links()) {
                    if (!link.startsWith("http://127.0.0.1")) {
                        continue; // an address elsewhere (none now): never requested by this test
                    }
                    String target = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                    if (!target.startsWith(pages.base())) {
                        problems.add(url + ": link leaves the site's sub-path: " + link);
                        continue;
                    }
                    int s = status.computeIfAbsent(target, t -> head(http, t));
                    if (s != 200) {
                        problems.add(url + ": " + link + " answers " + s);
                    } else if (target.endsWith(".html") || target.endsWith("/")) {
                        queue.add(target.endsWith("/") ? target + "index.html" : target);
                    }
                }
            }
            for (Map.Entry<String, Crawled> e : crawled.entrySet()) {
                for (String link : e.getValue().links()) {
                    int hash = link.indexOf('#');
                    if (!link.startsWith(pages.base()) || hash < 0 || hash == link.length() - 1) {
                        continue;
                    }
                    String target = link.substring(0, hash);
                    String fragment = java.net.URLDecoder.decode(link.substring(hash + 1), java.nio.charset.StandardCharsets.UTF_8);
                    Crawled t = crawled.get(target.endsWith("/") ? target + "index.html" : target);
                    if (t == null || !t.ids().contains(fragment)) {
                        problems.add(e.getKey() + ": no id '" + fragment + "' on " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of(), outside, "requests outside the site");
        assertEquals(BuiltSite.pages().size() - 1, crawled.size(), "every page but 404.html crawled: " + crawled.keySet());
        assertTrue(status.size() > crawled.size(), "assets and downloads checked too: " + status.keySet());
    }

    private static int head(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The files sw.js lists. */
    private static List<String> workerFiles() throws IOException {
        String sw = Files.readString(BuiltSite.published().resolve("sw.js"));
        Matcher m = Pattern.compile("var FILES = \\[(.*?)\\];", Pattern.DOTALL).matcher(sw);
        assertTrue(m.find(), "sw.js lists its files");
        List<String> files = new ArrayList<>();
        Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
        while (s.find()) {
            files.add(s.group(1));
        }
        return files;
    }

    @Test
    void theWorkerListsEveryFileAReaderOpens() throws IOException {
        Path root = BuiltSite.published();
        List<String> expected = new ArrayList<>(List.of("./"));
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.equals("sw.js") && !p.equals("404.html") && !p.equals("sitemap.xml"))
                    .sorted().forEach(expected::add);
        }
        assertEquals(expected, workerFiles());
    }

    @Test
    void afterOneVisitEveryPageReadsOffline() throws IOException {
        int files = workerFiles().size();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    problems.add(m.text());
                }
            });
            List<String> all = BuiltSite.pages().stream().map(BuiltSite::name).filter(n -> !n.equals("404.html")).toList();
            page.navigate(pages.base() + all.get(all.size() - 1));
            Object cached = page.evaluate("async () => { await navigator.serviceWorker.ready;"
                    + " const names = await caches.keys(); let n = 0;"
                    + " for (const name of names) { n += (await (await caches.open(name)).keys()).length; } return n; }");
            assertEquals(files, ((Number) cached).intValue(), "files in the offline store");
            context.setOffline(true);
            List<String> offline = new ArrayList<>(all);
            offline.add("");
            for (String p : offline) {
                page.navigate(pages.base() + p);
                assertTrue(page.locator("main h1, main .h1").count() > 0, "offline: " + p);
                assertEquals("sticky", page.evaluate("() => getComputedStyle(document.querySelector('.bar')).position"),
                        "offline: the stylesheet came from the store too, " + p);
            }
            assertEquals(List.of(), problems);
        }
    }

    /** Pages answers any missing address with 404.html, at any depth: it must be styled and lead home from each. */
    @Test
    void theNotFoundPageWorksAtAnyDepth() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(m -> {
                // The missing address itself is reported by the browser; anything else is a fault.
                if (("error".equals(m.type()) || "warning".equals(m.type())) && !m.text().contains("404 (Not Found)")) {
                    problems.add(m.text());
                }
            });
            page.onPageError(e -> problems.add("page error: " + e));
            for (String missing : List.of("nope.html", "zh-Hant/nope.html", "zh-Hans/deeper/still/nope.html", "parallel/x/")) {
                var response = page.navigate(pages.base() + missing);
                assertEquals(404, response.status(), missing);
                page.waitForLoadState();
                assertEquals("sticky", page.evaluate("() => getComputedStyle(document.querySelector('.bar')).position"),
                        "styled at " + missing);
                for (Object href : (List<?>) page.evaluate("() => Array.from(document.querySelectorAll('a[data-root-href]'), a => a.href)")) {
                    assertEquals(pages.base() + "index.html", href, "home from " + missing);
                }
            }
            assertEquals(List.of(), problems);
        }
    }
}
