package org.zhedition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** Throwaway copies of the real project inputs, for tests that build or break them. */
public final class TestProjects {
    private TestProjects() {
    }

    /** The repository root (where pom.xml is). */
    public static Path repository() {
        Path p = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        while (p != null && !Files.exists(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root");
        }
        return p;
    }

    /** Copies content/ and templates/ of the repository into {@code dir}; returns {@code dir}. */
    public static Path copyOfRealProject(Path dir) {
        copyTree(repository().resolve("content"), dir.resolve("content"));
        copyTree(repository().resolve("templates"), dir.resolve("templates"));
        return dir;
    }

    /**
     * Adds the second article of {@code src/test/resources/fixtures/second-article} (with its
     * images, a PNG in a figure and an SVG inline) to the project at {@code dir}; returns {@code dir}.
     */
    public static Path withSecondArticle(Path dir) {
        Path fixture = repository().resolve("src/test/resources/fixtures/second-article");
        copyTree(fixture.resolve("media"), dir.resolve("content/media"));
        try {
            Files.copy(fixture.resolve("hello-world.md"), dir.resolve("content/articles/hello-world.md"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static void copyTree(Path from, Path to) {
        copyTree(from, to, false);
    }

    /**
     * Copies a folder tree; with {@code reversed}, files are created in reverse name order, so a
     * build that depends on directory order would see a different one.
     */
    public static void copyTree(Path from, Path to, boolean reversed) {
        try (Stream<Path> s = Files.walk(from)) {
            List<Path> all = new ArrayList<>(s.sorted().toList());
            for (Path p : all) {
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to.resolve(from.relativize(p).toString()));
                }
            }
            if (reversed) {
                Collections.reverse(all);
            }
            for (Path p : all) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
