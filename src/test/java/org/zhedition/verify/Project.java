package org.zhedition.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.zhedition.build.Build;
import org.zhedition.write.SiteWriter;

/**
 * A throwaway copy of the fixture project (its {@code content/} and the repository's
 * {@code templates/}) in a temporary folder, so that a test can break one thing in it and build,
 * without touching the repository.
 */
final class Project {
    /** A small glossary over words of the fixture article: the base that glossary breakages edit. */
    static final String GLOSSARY = """
            categories:
              - name: 科技
                en: Technology
                terms:
                  - term: 人工智能
                    aliases: [AI]
                    en: artificial intelligence
                    note: 讓電腦完成需要人類智能的工作的技術。
                  - term: 開源
                    en: open source
                    note: 公開原始碼，任何人可使用和修改。
                    see: [人工智能]
              - name: 經濟
                en: Economy
                terms:
                  - term: 市值
                    en: market capitalisation
                    note: 一家上市公司全部股份按股價計算的總值。
            """;

    final Path root;

    private Project(Path root) {
        this.root = root;
    }

    /** Copies the fixture's content/ and the repository's templates/ into {@code dir}. */
    static Project copyOfFixture(Path dir) {
        return copyOfFixture(dir, false);
    }

    /** As {@link #copyOfFixture(Path)}, the files created in reverse name order when {@code reversed}. */
    static Project copyOfFixture(Path dir, boolean reversed) {
        org.zhedition.TestProjects.copyOfFixture(dir, reversed);
        return new Project(dir);
    }

    /** A project that already exists at {@code dir}. */
    static Project at(Path dir) {
        return new Project(dir);
    }

    /** Copies a whole project folder (with its site/) into {@code dir}. */
    Project copyTo(Path dir) {
        org.zhedition.TestProjects.copyTree(root, dir, false);
        return new Project(dir);
    }

    Path content() {
        return root.resolve("content");
    }

    Path site() {
        return root.resolve("site");
    }

    /** The project's one (first) article, relative to the root. */
    String article() {
        try (Stream<Path> s = Files.list(content().resolve("articles"))) {
            return "content/articles/" + s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String rel) {
        try {
            return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String rel, String text) {
        writeBytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    void writeBytes(String rel, byte[] bytes) {
        try {
            Files.createDirectories(root.resolve(rel).getParent());
            Files.write(root.resolve(rel), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void edit(String rel, UnaryOperator<String> change) {
        String before = read(rel);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit did not change " + rel + ": the fixture no longer fits the content");
        }
        write(rel, after);
    }

    /** Builds in this JVM, exactly as {@code Main build} does, minus the printing. */
    void build() {
        Build.Result r = Build.run(content(), root.resolve("templates"));
        SiteWriter.replace(site(), r.files());
    }

    /** What a child process printed and returned. */
    record Run(int status, String out, String err) {
    }

    /** Runs {@code java -cp <test classpath> [jvmArgs] org.zhedition.Main build --root <root>}. */
    Run buildInChild(String... jvmArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        Collections.addAll(cmd, jvmArgs);
        Collections.addAll(cmd, "org.zhedition.Main", "build", "--root", root.toString());
        return run(cmd, root);
    }

    static Run run(List<String> cmd, Path dir) {
        try {
            Path out = Files.createTempFile("zhedition-out", ".txt");
            Path err = Files.createTempFile("zhedition-err", ".txt");
            try {
                Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(180, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out: " + cmd);
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code dir}: relative path → SHA-256 of its bytes (empty when absent). */
    static SortedMap<String, String> hashes(Path dir) {
        SortedMap<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The 1-based number of the first line of {@code rel} that contains {@code text}. */
    int lineOf(String rel, String text) {
        String[] lines = read(rel).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("'" + text + "' not found in " + rel);
    }
}
