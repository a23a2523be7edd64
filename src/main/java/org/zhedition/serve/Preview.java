package org.zhedition.serve;

import org.zhedition.site.SiteLayout;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.zhedition.input.ContentError;
import org.zhedition.content.Images;
import org.zhedition.offline.OfflineCache;

/**
 * The editor's preview: serves {@code site/} on the loopback interface and rebuilds it whenever a
 * file under {@code content/} or {@code templates/} is saved.
 *
 * <p>Only the JDK's own HTTP server, bound to 127.0.0.1, so nothing outside the machine can reach
 * it. HTML responses get one extra {@code <script src="/__preview/reload.js">}, added here on the
 * way out and never written to {@code site/}: it polls {@code /__preview/version} and reloads the
 * page after a rebuild. Being a same-origin script and request, it passes the pages' own
 * Content-Security-Policy ({@code script-src 'self'; connect-src 'self'}).
 */
public final class Preview implements AutoCloseable {
    /** Saves come in bursts (editor temp files, rename, write); one rebuild follows the burst. */
    private static final long QUIET_MILLIS = 60;
    private static final String RELOAD_SCRIPT = """
            (function () {
              var seen = null;
              function poll() {
                fetch('/__preview/version', {cache: 'no-store'}).then(function (r) { return r.text(); })
                  .then(function (v) {
                    if (seen !== null && v !== seen) { location.reload(); return; }
                    seen = v;
                    setTimeout(poll, 700);
                  }, function () { setTimeout(poll, 2000); });
              }
              poll();
            })();
            """;
    /**
     * What the preview answers for the site's service worker. The preview never registers one
     * (site.js sees the reload script's mark), but a worker registered on this address before
     * (an older version, or another server on the same port) would keep answering with stored
     * pages: this one replaces it, drops the site's stores, unregisters itself and reloads
     * the open pages from the preview.
     */
    private static final String RETIRING_WORKER = """
            "use strict";
            self.addEventListener("install", function () { self.skipWaiting(); });
            self.addEventListener("activate", function (event) {
              event.waitUntil(caches.keys().then(function (names) {
                return Promise.all(names.filter(function (name) {
                  return name.indexOf("zhedition ") === 0;  /* the stores site/sw.js makes */
                }).map(function (name) { return caches.delete(name); }));
              }).then(function () {
                return self.registration.unregister();
              }).then(function () {
                return self.clients.matchAll({ type: "window" });
              }).then(function (windows) {
                windows.forEach(function (w) { w.navigate(w.url); });
              }));
            });
            """;
    private static final Map<String, String> TYPES = types();

    /** Media types by file extension: the site's own files, and every image type an article may show. */
    private static Map<String, String> types() {
        Map<String, String> types = new HashMap<>(Images.TYPES);
        types.putAll(Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
                "js", "text/javascript; charset=utf-8", "xml", "application/xml; charset=utf-8",
                "json", "application/json; charset=utf-8", "txt", "text/plain; charset=utf-8",
                "webmanifest", "application/manifest+json", "epub", "application/epub+zip"));
        return Map.copyOf(types);
    }

    private final Path root;
    private final Path site;
    private final Supplier<String> rebuild;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpServer server;
    private final WatchService watcher;
    private final Thread watching;
    private final AtomicLong version = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Preview(Path root, int port, Supplier<String> rebuild, PrintStream out, PrintStream err) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.site = this.root.resolve("site");
        this.rebuild = rebuild;
        this.out = out;
        this.err = err;
        this.watcher = this.root.getFileSystem().newWatchService();
        for (String dir : List.of("content", "templates")) {
            register(this.root.resolve(dir));
        }
        rebuildNow();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::file);
        server.createContext("/__preview/", this::preview);
        server.start();
        this.watching = new Thread(this::watch, "preview-watcher");
        watching.setDaemon(true);
        watching.start();
    }

    /**
     * Builds once, then serves and watches.
     *
     * @param port    0 for any free port
     * @param rebuild builds {@code root/site} and returns the one-line summary
     */
    public static Preview start(Path root, int port, Supplier<String> rebuild, PrintStream out, PrintStream err) {
        try {
            return new Preview(root, port, rebuild, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the preview server: " + e.getMessage(), e);
        }
    }

    /** Where the server listens, e.g. {@code 127.0.0.1:8000}. */
    public String address() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The media type the server sends for a file with extension {@code ext} (no dot). */
    public static String mediaType(String ext) {
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** How many builds have finished (successful or not); the pages reload when it changes. */
    public long version() {
        return version.get();
    }

    /** Blocks until {@link #close()} (or the process ends). */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        try {
            watcher.close();
        } catch (IOException e) {
            err.println("warning: " + e.getMessage());
        }
        stopped.countDown();
    }

    private void rebuildNow() {
        try {
            out.println(rebuild.get());
        } catch (ContentError e) {
            err.println("error: " + e.getMessage());
            err.println("site/ was not changed; fix the file and save again.");
        } catch (RuntimeException e) {
            err.println("error: " + e);
        }
        version.incrementAndGet();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    rebuildNow();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    /** Takes a key's events; registers new folders; says whether anything changed. */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            changed = true;
            if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                register(dir.resolve(name));
            }
        }
        key.reset();
        return changed;
    }

    private void register(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir + ": " + e.getMessage(), e);
        }
    }

    private void preview(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        if (path.equals("/__preview/version")) {
            send(x, 200, "text/plain; charset=utf-8", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/__preview/reload.js")) {
            send(x, 200, TYPES.get("js"), RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
        } else {
            send(x, 404, TYPES.get("txt"), "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void file(HttpExchange x) throws IOException {
        if (!x.getRequestMethod().equals("GET") && !x.getRequestMethod().equals("HEAD")) {
            send(x, 405, TYPES.get("txt"), "GET only".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = URI.create(x.getRequestURI().getRawPath()).getPath();
        if (path.equals("/" + OfflineCache.FILE)) {
            send(x, 200, TYPES.get("js"), RETIRING_WORKER.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(site)) {
            send(x, 404, TYPES.get("txt"), "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve(SiteLayout.INDEX);
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = site.resolve(SiteLayout.NOT_FOUND);
            byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readAllBytes(notFound))
                    : "not found".getBytes(StandardCharsets.UTF_8);
            send(x, 404, Files.isRegularFile(notFound) ? TYPES.get("html") : TYPES.get("txt"), body);
            return;
        }
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            body = withReload(body);
        }
        send(x, 200, mediaType(ext), body);
    }

    /** The page with the reload script before {@code </body>} (or at the end). */
    private static byte[] withReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"/__preview/reload.js\" data-zhedition-preview defer></script>";
        int at = page.lastIndexOf("</body>");
        page = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        try (var o = x.getResponseBody()) {
            if (!head) {
                o.write(body);
            }
        }
    }
}
