package org.zhedition.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code site/} that {@code mvn package} just built: the browser and validity tests read it. */
public final class BuiltSite {
    private BuiltSite() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        Path site = root.resolve("site");
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("site/ is not built: run 'mvn verify' (package builds site/ first)");
        }
        return site;
    }

    /** Every HTML page, sorted. */
    public static List<Path> pages() {
        return pages(root());
    }

    /** Every HTML page of a site folder, sorted. */
    public static List<Path> pages(Path site) {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's path relative to site/, with '/' separators. */
    public static String name(Path page) {
        return root().relativize(page).toString().replace('\\', '/');
    }
}
