package org.zhedition.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhedition.build.Build;
import org.zhedition.TestProjects;

/**
 * The fixture {@code src/test/resources/fixtures/dated-site}: four articles with dates of every
 * form (a day, a time with its offset, an update), with and without source, author, address and
 * credits, two of them on the same day, one written in Simplified; with the repository's
 * templates, in a temporary folder.
 */
public final class DatedSite {
    private static Path site;

    /** The slugs newest first, ties by slug: what the home page and feeds must list. */
    static final List<String> NEWEST_FIRST = List.of("newest", "same-day-a", "same-day-b", "older");
    static final String BASE = "https://editor.example.org/zh/";

    private DatedSite() {
    }

    /** Copies the fixture into {@code dir}; with {@code baseUrl} non-empty, sets it. Returns {@code dir}. */
    static Path copy(Path dir, String baseUrl) {
        TestProjects.copyTree(TestProjects.repository().resolve("src/test/resources/fixtures/dated-site/content"),
                dir.resolve("content"));
        TestProjects.copyTree(TestProjects.repository().resolve("templates"), dir.resolve("templates"));
        if (!baseUrl.isEmpty()) {
            edit(dir.resolve("content/site.yaml"), "base_url: \"\"", "base_url: \"" + baseUrl + "\"");
        }
        return dir;
    }

    /**
     * The fixture with a base URL (so with feeds, canonical links and a sitemap) built once per
     * JVM into a temporary folder, for checks over whole sites (HTML validity); returns its site/.
     */
    public static synchronized Path siteWithBaseUrl() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("zhedition-dated");
                copy(dir, BASE);
                org.zhedition.write.SiteWriter.replace(dir.resolve("site"), build(dir).files());
                site = dir.resolve("site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        org.zhedition.write.SiteWriter.delete(dir);
                    } catch (IOException e) {
                        // A temporary folder left behind is harmless.
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    static Build.Result build(Path dir) {
        return Build.run(dir.resolve("content"), dir.resolve("templates"));
    }

    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalStateException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Build.Result r, String path) {
        byte[] bytes = r.files().get(path);
        if (bytes == null) {
            throw new IllegalStateException("the build wrote no " + path);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
