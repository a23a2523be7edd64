package org.zhedition.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code site/} served on loopback the way GitHub Pages serves a project site: under a sub-path
 * ({@code /repo/}), a folder address answers with its {@code index.html}, and a missing address
 * answers 404 with the site's {@code 404.html}. Anything outside {@code /repo/} is missing, so a
 * link that escapes to the host root fails here as it would on Pages.
 */
public final class LoopbackPages implements AutoCloseable {
    public static final String BASE_PATH = "/repo/";


    private final HttpServer server;
    private final Path site;
    private final String cacheControl;

    private LoopbackPages(HttpServer server, Path site, String cacheControl) {
        this.server = server;
        this.site = site;
        this.cacheControl = cacheControl;
    }

    /** Serves {@code site} with {@code Cache-Control: no-store}. */
    public static LoopbackPages serve(Path site) {
        return serve(site, "no-store");
    }

    /**
     * Serves {@code site} with the given {@code Cache-Control} on every answer: GitHub Pages
     * sends {@code max-age=600}, so a browser may keep any file for ten minutes.
     */
    public static LoopbackPages serve(Path site, String cacheControl) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackPages pages = new LoopbackPages(server, site.toAbsolutePath().normalize(), cacheControl);
            server.createContext("/", pages::answer);
            server.start();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's address, ending in {@code /repo/}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    }

    /** The file an address names, or null when the host would answer 404. */
    public Path file(URI uri) {
        String path = uri.getPath();
        if (path == null || !path.startsWith(BASE_PATH)) {
            return null;
        }
        Path f = site.resolve(path.substring(BASE_PATH.length())).normalize();
        if (!f.startsWith(site)) {
            return null;
        }
        if (Files.isDirectory(f)) {
            f = f.resolve("index.html");
        }
        return Files.isRegularFile(f) ? f : null;
    }

    private void answer(HttpExchange x) throws IOException {
        try (x) {
            Path f = file(x.getRequestURI());
            int status = 200;
            if (f == null) {
                status = 404;
                f = site.resolve("404.html");
            }
            byte[] body = Files.readAllBytes(f);
            String name = f.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            x.getResponseHeaders().set("Content-Type", org.zhedition.serve.Preview.mediaType(ext));
            x.getResponseHeaders().set("Cache-Control", cacheControl);
            boolean head = "HEAD".equals(x.getRequestMethod());
            x.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
