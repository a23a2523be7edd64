package org.zhedition.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.zhedition.TestProjects;

/**
 * The two sites the integration tests read.
 *
 * <p>{@link #published()} is the {@code site/} that {@code mvn package} just built from the
 * repository's {@code content/}: whatever articles an editor publishes. Only content-agnostic
 * checks read it (valid HTML, links and fragments, accessibility, CSP, nothing leaves the disk,
 * no sideways scrolling), over whatever pages it holds, naming no article, word or count.
 *
 * <p>{@link #fixture()} is the frozen fixture project built once per JVM: tests that expect a
 * particular article, paragraph, term or word read it.
 */
public final class BuiltSite {
    private BuiltSite() {
    }

    /** The repository's site/, as {@code mvn package} built it from content/. */
    public static Path published() {
        Path site = TestProjects.repository().resolve("site");
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("site/ is not built: run 'mvn verify' (package builds site/ first)");
        }
        return site;
    }

    /** The fixture project's site (see {@link TestProjects#fixtureSite()}). */
    public static Path fixture() {
        return TestProjects.fixtureSite();
    }

    /** The Taiwan fixture project's site (see {@link TestProjects#taiwanSite()}). */
    public static Path taiwan() {
        return TestProjects.taiwanSite();
    }

    /** Every HTML page of the published site, sorted. */
    public static List<Path> pages() {
        return pages(published());
    }

    /** Every HTML page of a site folder, sorted. */
    public static List<Path> pages(Path site) {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's path relative to its site folder (published or fixture), with '/' separators. */
    public static String name(Path page) {
        Path site = TestProjects.repository().resolve("site");
        Path fixture = TestProjects.repository().resolve(TestProjects.FIXTURE_SITE);
        Path taiwan = TestProjects.repository().resolve(TestProjects.TAIWAN_SITE);
        Path root = page.startsWith(fixture) ? fixture : page.startsWith(taiwan) ? taiwan : page.startsWith(site) ? site : null;
        String name = (root == null ? page : root.relativize(page)).toString().replace('\\', '/');
        return root == taiwan ? "taiwan:" + name : name;
    }
}
