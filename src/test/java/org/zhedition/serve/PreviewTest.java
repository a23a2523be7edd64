package org.zhedition.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.build.Build;
import org.zhedition.bench.Corpus;
import org.zhedition.write.SiteWriter;

/** The editor's preview serves the built site and shows a saved edit within seconds. */
class PreviewTest {
    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(Preview preview, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + preview.address() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Preview start() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Preview.start(root, 0, () -> {
            Build.Result r = Build.run(root.resolve("content"), root.resolve("templates"));
            SiteWriter.replace(root.resolve("site"), r.files());
            return "built";
        }, quiet, quiet);
    }

    @Test
    void savedEditShowsUpOnReload() throws Exception {
        Corpus.write(root, 1);
        try (Preview preview = start()) {
            assertTrue(preview.address().startsWith("127.0.0.1:"), "loopback only");
            HttpResponse<String> home = get(preview, "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(home.body().contains("<script src=\"/__preview/reload.js\" data-zhedition-preview defer></script></body>"),
                    "the preview adds its reload script to pages it serves");
            assertFalse(Files.readString(root.resolve("site/index.html"), StandardCharsets.UTF_8).contains("__preview"),
                    "but never to the built site");

            String page = "/zh-Hans/" + Corpus.slug(1) + ".html";
            assertFalse(get(preview, page).body().contains("预览测试"));
            long version = preview.version();
            Path article = root.resolve("content/articles/" + Corpus.slug(1) + ".md");
            Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8) + "\n預覽測試。\n",
                    StandardCharsets.UTF_8);

            // The rebuild swaps the new site in, then bumps the version (so that a page that
            // reloads on the new version gets the new site): wait for both, in that order.
            assertTrue(eventually(() -> {
                HttpResponse<String> r = get(preview, page);
                return r.statusCode() == 200 && r.body().contains("预览测试");
            }), "the edit is served, converted, after the rebuild");
            assertTrue(eventually(() -> Long.parseLong(get(preview, "/__preview/version").body()) > version),
                    "the version the pages poll has changed");
            long served = Long.parseLong(get(preview, "/__preview/version").body());
            assertTrue(served <= preview.version(), "the server answers the version it holds: " + served);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Polls {@code check} until it holds or 30 s have passed; says whether it held. */
    private static boolean eventually(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Test
    void servesOnlyTheSite() throws Exception {
        Corpus.write(root, 1);
        try (Preview preview = start()) {
            assertEquals(404, get(preview, "/../content/site.yaml").statusCode());
            assertEquals(404, get(preview, "/%2e%2e/content/site.yaml").statusCode());
            assertEquals(404, get(preview, "/no-such-page.html").statusCode());
            assertEquals(200, get(preview, "/assets/style.css").statusCode());
            assertTrue(get(preview, "/__preview/reload.js").body().contains("location.reload()"));
            String worker = get(preview, "/sw.js").body();
            assertTrue(worker.contains("self.registration.unregister()") && !worker.contains("FILES"),
                    "a worker left on this address is replaced by one that removes itself: " + worker);
        }
    }
}
