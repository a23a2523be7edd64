package org.zhedition.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhedition.Build;
import org.zhedition.TestProjects;

/**
 * The fixture {@code src/test/resources/fixtures/dated-site}: four articles with dates of every
 * form (a day, a time with its offset, an update), with and without source, author, address and
 * credits, two of them on the same day, one written in Simplified; with the repository's
 * templates, in a temporary folder.
 */
final class DatedSite {
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
