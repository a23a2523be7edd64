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
 * A generated project of N articles for benchmarks and the incremental-build test: the real
 * article under distinct slugs with small textual variations (a numbered title, a numbered
 * closing paragraph), the real {@code site.yaml}, {@code conversion.txt} and, where it exists,
 * {@code glossary.yaml}, and a copy of the real templates.
 */
public final class Corpus {
    /** The article every corpus is made of. */
    public static final String ARTICLE = "deepseek-shock";

    private Corpus() {
    }

    /** The project folder the tests and benchmarks run in (Maven's basedir). */
    public static Path project() {
        return Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    }

    /** Writes {@code root/content} and {@code root/templates} with {@code n} articles; returns {@code root}. */
    public static Path write(Path project, Path root, int n) {
        try {
            Path content = root.resolve("content");
            Files.createDirectories(content.resolve("articles"));
            for (String shared : List.of("site.yaml", "conversion.txt", "glossary.yaml")) {
                Path from = project.resolve("content").resolve(shared);
                if (Files.exists(from)) {
                    Files.copy(from, content.resolve(shared), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            TestProjects.copyTree(project.resolve("templates"), root.resolve("templates"));
            String article = Files.readString(project.resolve("content/articles/" + ARTICLE + ".md"), StandardCharsets.UTF_8);
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
