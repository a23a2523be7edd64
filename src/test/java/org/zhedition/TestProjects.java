package org.zhedition;

import org.zhedition.build.Build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.zhedition.write.SiteWriter;

/**
 * The fixture project the tests build, and throwaway copies of it for tests that change or break
 * it. No test reads the repository's own {@code content/}: an editor replaces it with their
 * articles, and {@code mvn package} must still pass. The fixture is a frozen copy of the sample
 * article's project ({@code src/test/resources/projects/deepseek/content}); tests build it with
 * the repository's {@code templates/}, the product's default templates.
 */
public final class TestProjects {
    /** The fixture project's folder, relative to the repository root. */
    public static final String FIXTURE = "src/test/resources/projects/deepseek";
    /** Where {@link #fixtureSite()} builds the fixture, relative to the repository root. */
    public static final String FIXTURE_SITE = "target/fixture-site";
    /** The Taiwan fixture project (three editions: zh-Hant, zh-Hans, zh-TW), relative to the repository root. */
    public static final String TAIWAN = "src/test/resources/projects/taiwan";
    /** Where {@link #taiwanSite()} builds the Taiwan fixture, relative to the repository root. */
    public static final String TAIWAN_SITE = "target/taiwan-site";
    /** The fixture's one article. */
    public static final String SLUG = "deepseek-shock";

    private static Path fixtureSite;
    private static Path taiwanSite;

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

    /** The fixture project (its {@code content/} and the OpenCC {@code reference/} of its article). */
    public static Path fixture() {
        return repository().resolve(FIXTURE);
    }

    /** The fixture's {@code content/} folder. */
    public static Path fixtureContent() {
        return fixture().resolve("content");
    }

    /** The repository's {@code templates/}: the product's default templates. */
    public static Path templates() {
        return repository().resolve("templates");
    }

    /**
     * Copies the fixture's content/ and the repository's templates/ into {@code dir}; returns
     * {@code dir}.
     */
    public static Path copyOfFixture(Path dir) {
        return copyOfFixture(dir, false);
    }

    /** As {@link #copyOfFixture(Path)}, the files created in reverse name order when {@code reversed}. */
    public static Path copyOfFixture(Path dir, boolean reversed) {
        copyTree(fixtureContent(), dir.resolve("content"), reversed);
        copyTree(templates(), dir.resolve("templates"), reversed);
        return dir;
    }

    /**
     * The fixture project built once per JVM (as {@code build --full} builds it) into
     * {@link #FIXTURE_SITE}: the browser and end-to-end tests that expect the fixture's
     * article, words and notes read it, so that none of them depends on what content/ holds.
     */
    public static synchronized Path fixtureSite() {
        if (fixtureSite == null) {
            Path site = repository().resolve(FIXTURE_SITE);
            SiteWriter.replace(site, Build.run(fixtureContent(), templates()).files());
            fixtureSite = site;
        }
        return fixtureSite;
    }

    /**
     * The Taiwan fixture project built once per JVM into {@link #TAIWAN_SITE}, with the
     * repository's templates: the tests that measure every edition of a three-edition site read it.
     */
    public static synchronized Path taiwanSite() {
        if (taiwanSite == null) {
            Path site = repository().resolve(TAIWAN_SITE);
            SiteWriter.replace(site, Build.run(repository().resolve(TAIWAN).resolve("content"), templates()).files());
            taiwanSite = site;
        }
        return taiwanSite;
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
