package org.zhedition.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.zhedition.input.Sha256;
import org.zhedition.content.Article;
import org.zhedition.input.ContentError;
import org.zhedition.input.InputFile;

/**
 * Content hashes that decide whether an article's earlier products can be reused.
 *
 * <p>An article's conversion, parse, annotation and body rendering depend on the article file,
 * on {@code site.yaml} (punctuation, annotation policy, the words notes print),
 * the vocabulary groups ({@code vocabulary/*.txt}), {@code conversion.txt}, {@code glossary.yaml}, and on the generator itself (its classes and
 * the versions of its libraries, whose dictionaries decide the conversion). Templates are not
 * part of that key, so a template edit never needs a reconversion; they are part of the key of
 * the article's pages ({@link #pages}), which are kept from the previous site while neither
 * changes. Its lint warnings depend on the article file and the generator only ({@link #lint}),
 * so an edit of {@code site.yaml} or of the vocabulary lints no article again.
 */
public final class Fingerprint {
    /** Bumped when the cache format changes. */
    static final String FORMAT = "zhedition-article-cache 9";

    /** Each article's key by slug. */
    private final Map<String, String> articles;
    /** Each article's lint key by slug: the generator and the article file's bytes only. */
    private final Map<String, String> lint;

    private Fingerprint(Map<String, String> articles, Map<String, String> lint) {
        this.articles = articles;
        this.lint = lint;
    }

    /**
     * The keys of every article's products: the shared content files, the generator, and the
     * article file's bytes. Taken before the build reads any of them, so that a file saved
     * during the build can only make the next build do more work, never keep stale output.
     */
    public static Fingerprint of(Path contentDir) {
        return of(contentDir, Map.of());
    }

    /**
     * As {@link #of(Path)}, a file found in {@code sums} keyed by its length and CRC-32C as the
     * {@link SiteStamp} read them (the same files, already read once) rather than read again.
     */
    public static Fingerprint of(Path contentDir, Map<Path, String> sums) {
        MessageDigest g = sha256();
        update(g, FORMAT);
        generator(g);
        String generator = HexFormat.of().formatHex(g.digest());
        MessageDigest d = sha256();
        update(d, FORMAT);
        for (String name : List.of("site.yaml", "conversion.txt", "glossary.yaml")) {
            update(d, name);
            fileOrAbsent(d, contentDir.resolve(name), contentDir, sums);
        }
        Path vocabulary = contentDir.resolve("vocabulary");
        if (Files.isDirectory(vocabulary, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(vocabulary)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                    update(d, "vocabulary/" + f.getFileName());
                    fileOrAbsent(d, f, contentDir, sums);
                }
            } catch (IOException e) {
                update(d, "vocabulary unreadable");  // the content loader reports it
            }
        }
        update(d, generator);
        String site = HexFormat.of().formatHex(d.digest());
        Map<String, String> articles = new HashMap<>();
        Map<String, String> lint = new HashMap<>();
        try (Stream<Path> files = Files.list(contentDir.resolve("articles"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".md")).toList()) {
                String name = f.getFileName().toString();
                String slug = name.substring(0, name.length() - 3);
                MessageDigest b = sha256();
                fileOrAbsent(b, f, contentDir, sums);
                String bytes = HexFormat.of().formatHex(b.digest());
                articles.put(slug, hash(List.of(site, slug, bytes)));
                lint.put(slug, hash(List.of(FORMAT, "lint", generator, slug, bytes)));
            }
        } catch (IOException e) {
            // No articles folder: the content loader reports it.
        }
        return new Fingerprint(articles, lint);
    }

    /** The key of one article's products, or null for an article that appeared during the build. */
    public String of(Article article) {
        return articles.get(article.slug());
    }

    /**
     * The key of one article's lint warnings, or null for an article that appeared during the
     * build: the generator (its checks), the article file's path as the warnings print it, and
     * its bytes. Nothing else: the checks read the article file alone (not {@code site.yaml}, the
     * glossary, the vocabulary or any other article), so an edit elsewhere keeps its warnings.
     */
    public String lint(Article article) {
        String own = lint.get(article.slug());
        return own == null ? null : hash(List.of(own, article.file().toString()));
    }

    /**
     * The hash of the templates folder: every file's path and bytes (templates, assets, the
     * e-book stylesheet). Part of the key of an article's pages.
     */
    public static String templates(Path templatesDir) {
        return templates(templatesDir, Map.of());
    }

    /** As {@link #templates(Path)}, a file found in {@code sums} keyed as in {@link #of(Path, Map)}. */
    public static String templates(Path templatesDir, Map<Path, String> sums) {
        MessageDigest d = sha256();
        update(d, FORMAT);
        try (Stream<Path> s = Files.walk(templatesDir)) {
            for (Path f : s.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                update(d, templatesDir.relativize(f).toString().replace('\\', '/'));
                fileOrAbsent(d, f, templatesDir, sums);
            }
        } catch (IOException | UncheckedIOException e) {
            // No templates folder, or one that cannot be walked: the template loader reports it.
            update(d, "unreadable");
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The key of an article's pages and e-books: its products' key, the templates, and the
     * bytes of the images it shows (the e-books carry them). Nothing else goes into those files:
     * they never show another article.
     *
     * @param articleKey {@link #of(Article)}
     * @param templates  {@link #templates(Path)}, taken before the templates were loaded
     * @return null when the article has no key
     */
    public static String pages(String articleKey, String templates, Article article, Path contentDir, Map<Path, String> sums) {
        if (articleKey == null) {
            return null;
        }
        MessageDigest d = sha256();
        update(d, articleKey);
        update(d, templates);
        for (String image : article.images()) {
            update(d, image);
            fileOrAbsent(d, contentDir.resolve(image), contentDir, sums);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The generator's own code (every class file, or its jar, by length and time) and the file
     * names of its libraries, which carry their versions.
     */
    private static void generator(MessageDigest d) {
        Path code;
        try {
            code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the generator's classes", e);
        }
        if (Files.isDirectory(code)) {
            try (Stream<Path> s = Files.walk(code)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    update(d, code.relativize(f).toString());
                    generatorFile(d, f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            generatorFile(d, code);
        }
        // The runtime too: its zlib compresses the e-books, and a kept book must be what it would make.
        for (String property : List.of("java.vendor", "java.version", "os.arch")) {
            update(d, property + "=" + System.getProperty(property, ""));
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            update(d, Path.of(entry).getFileName() == null ? entry : Path.of(entry).getFileName().toString());
        }
    }

    /**
     * Adds a file of the editor's to the key, read exactly as the build reads it
     * ({@link InputFile}: never a pipe or device, never a link out of {@code within}). A file the
     * build cannot read adds a mark instead of failing here: the stage that reads it next reports
     * the problem with the same message as a full build.
     */
    private static void fileOrAbsent(MessageDigest d, Path file, Path within, Map<Path, String> sums) {
        String sum = sums.get(file);
        if (sum != null) {
            update(d, "sum " + sum);
            return;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            update(d, "absent");
            return;
        }
        try {
            byte[] bytes = InputFile.read(file, within, Math.max(InputFile.TEXT_LIMIT, InputFile.BINARY_LIMIT));
            update(d, "present " + bytes.length);
            d.update(bytes);
        } catch (ContentError e) {
            update(d, "unreadable");
        }
    }

    /**
     * Adds one of the generator's own files by its length and modification time, as the
     * {@link SiteStamp} does: a new build of the generator writes new files. (Hashing the 6 MB jar
     * was a tenth of the CPU of an editor's one-article rebuild.)
     */
    private static void generatorFile(MessageDigest d, Path file) {
        try {
            var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            update(d, "present " + a.size() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hash of a list of texts, each kept apart from the next: for keys made of parts. */
    public static String hash(java.util.List<String> parts) {
        MessageDigest d = sha256();
        parts.forEach(p -> update(d, p));
        return HexFormat.of().formatHex(d.digest());
    }

    /** Adds {@code s} to the digest with its length first, so that no two lists of parts give the same bytes. */
    static void update(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update((byte) (b.length >>> 24));
        d.update((byte) (b.length >>> 16));
        d.update((byte) (b.length >>> 8));
        d.update((byte) b.length);
        d.update(b);
    }

    private static MessageDigest sha256() {
        return Sha256.digest();
    }
}
