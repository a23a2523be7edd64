package org.zhedition.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.zhedition.TestProjects;

/**
 * A generated project of N articles for benchmarks and the incremental-build test: the fixture
 * article under distinct slugs with small textual variations (a numbered title, a numbered
 * closing paragraph), the fixture's {@code site.yaml}, {@code conversion.txt} and
 * {@code glossary.yaml}, and a copy of the repository's templates. Made from the frozen fixture
 * (see {@link TestProjects}), never from content/, so that neither the tests nor the benchmark
 * figures change when an editor edits content/.
 */
public final class Corpus {
    /** The article every corpus is made of. */
    public static final String ARTICLE = TestProjects.SLUG;

    private Corpus() {
    }

    /** Writes {@code root/content} and {@code root/templates} with {@code n} articles; returns {@code root}. */
    public static Path write(Path root, int n) {
        try {
            Path content = root.resolve("content");
            Path fixture = TestProjects.fixtureContent();
            Files.createDirectories(content.resolve("articles"));
            for (String shared : List.of("site.yaml", "conversion.txt", "glossary.yaml")) {
                Files.copy(fixture.resolve(shared), content.resolve(shared), StandardCopyOption.REPLACE_EXISTING);
            }
            TestProjects.copyTree(TestProjects.templates(), root.resolve("templates"));
            String article = Files.readString(fixture.resolve("articles/" + ARTICLE + ".md"), StandardCharsets.UTF_8);
            for (int i = 1; i <= n; i++) {
                Files.writeString(content.resolve("articles").resolve(slug(i) + ".md"), variant(article, i),
                        StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String slug(int i) {
        return String.format(Locale.ROOT, "%s-%04d", ARTICLE, i);
    }

    /** The article with a numbered title and a numbered last paragraph. */
    static String variant(String article, int i) {
        String numbered = article.replaceFirst("(?m)^title: (.*)$", "title: $1（第" + i + "篇）");
        return numbered.stripTrailing() + "\n\n本文是測試語料的第" + i + "篇，內容與原文相同。\n";
    }

    /** Size of the article bodies and front matter, in bytes of UTF-8, for MB/s figures. */
    public static long sourceBytes(Path root) {
        try (Stream<Path> s = Files.list(root.resolve("content/articles"))) {
            long sum = 0;
            for (Path p : s.toList()) {
                sum += Files.size(p);
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
