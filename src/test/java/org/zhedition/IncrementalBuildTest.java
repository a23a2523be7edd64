package org.zhedition;

import org.zhedition.build.Build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.bench.Corpus;
import org.zhedition.incremental.BuildCache;

/**
 * An incremental build reuses exactly the articles whose inputs did not change, and its output
 * is byte for byte the output of a full build.
 */
class IncrementalBuildTest {
    private static final int ARTICLES = 4;

    @TempDir
    Path root;

    /** The corpus, with the fixture's glossary, so that cached notes (terms, numbers, glossary-page uses) are compared too. */
    private void corpus() throws IOException {
        Corpus.write(root, ARTICLES);
        if (!Files.exists(root.resolve("content/glossary.yaml"))) {
            throw new IllegalStateException("the corpus needs content/glossary.yaml");
        }
    }

    private Build.Result full() {
        return Build.run(root.resolve("content"), root.resolve("templates"));
    }

    private Build.Result incremental() {
        return Build.run(root.resolve("content"), root.resolve("templates"), BuildCache.open(root.resolve(".cache/articles"), root.resolve("content"), root.resolve("templates")));
    }

    @Test
    void oneLineEditReconvertsOnlyThatArticleAndMatchesAFullBuild() throws IOException {
        corpus();
        Build.Result cold = incremental();
        assertEquals(ARTICLES, cold.report().count("converted"));
        assertSameSite(full(), cold);

        Build.Result warm = incremental();
        assertEquals(0, warm.report().count("converted"), "nothing changed, nothing is converted");
        assertEquals(ARTICLES, warm.report().count("reused"));
        assertSameSite(full(), warm);

        Path edited = root.resolve("content/articles/" + Corpus.slug(2) + ".md");
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        Files.writeString(edited, text.replace("\n在接受CNBC訪問時，", "\n在接受美國CNBC訪問時，"), StandardCharsets.UTF_8);
        Build.Result afterEdit = incremental();
        assertEquals(1, afterEdit.report().count("converted"), "only the edited article is converted again");
        assertEquals(ARTICLES - 1, afterEdit.report().count("reused"));
        Build.Result reference = full();
        assertSameSite(reference, afterEdit);
        assertEquals(true, new String(afterEdit.files().get("zh-Hans/" + Corpus.slug(2) + ".html"), StandardCharsets.UTF_8)
                .contains("在接受美国CNBC访问时"), "the edit is on the page");
    }

    @Test
    void aChangedSharedInputReconvertsEveryArticle() throws IOException {
        corpus();
        incremental();
        Path rules = root.resolve("content/conversion.txt");
        Files.writeString(rules, Files.readString(rules, StandardCharsets.UTF_8) + "\n# a comment an editor added\n",
                StandardCharsets.UTF_8);
        Build.Result after = incremental();
        assertEquals(ARTICLES, after.report().count("converted"));
        assertEquals(0, after.report().count("linted"), "lint reads the article file alone: no article is linted again");
        assertSameSite(full(), after);
    }

    @Test
    void aDeletedArticleLeavesTheSiteAndTheCache() throws IOException {
        corpus();
        incremental();
        Files.delete(root.resolve("content/articles/" + Corpus.slug(3) + ".md"));
        Build.Result after = incremental();
        assertEquals(0, after.report().count("converted"));
        assertSameSite(full(), after);
        assertEquals(false, Files.exists(root.resolve(".cache/articles/" + Corpus.slug(3) + ".bin")));
        assertEquals(false, Files.exists(root.resolve(".cache/articles/" + Corpus.slug(3) + ".lint")));
        assertEquals(true, Files.exists(root.resolve(".cache/articles/" + Corpus.slug(2) + ".lint")));
    }

    /** The file of article {@code i}, with {@code from} replaced by {@code to} (which must be there). */
    private Path edit(int i, String from, String to) throws IOException {
        Path file = root.resolve("content/articles/" + Corpus.slug(i) + ".md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(from + " not in " + file);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    /** The warnings that name {@code file}. */
    private static List<String> warningsOf(Build.Result r, Path file) {
        return r.report().warnings().stream().filter(w -> w.startsWith(file + ":")).toList();
    }

    @Test
    void lintWarningsOfUnchangedArticlesAreKept() throws IOException {
        corpus();
        // A half-width comma between Han characters, and a doubled word: two warnings in article 2.
        Path faulty = edit(2, "內容與原文相同。", "內容與原文相同,相同。");
        Build.Result cold = incremental();
        assertEquals(ARTICLES, cold.report().count("linted"), "first build: every article is linted");
        List<String> warnings = warningsOf(cold, faulty);
        assertEquals(false, warnings.isEmpty(), "the faulty article has warnings: " + cold.report().warnings());
        assertSameSite(full(), cold);
        for (int i = 1; i <= ARTICLES; i++) {
            assertEquals(true, Files.isRegularFile(root.resolve(".cache/articles/" + Corpus.slug(i) + ".lint")));
        }

        Build.Result warm = incremental();
        assertEquals(0, warm.report().count("linted"), "nothing changed: no article is linted again");
        assertEquals(warnings, warningsOf(warm, faulty));
        assertSameSite(full(), warm);

        // Another article edited: only it is linted again, the faulty one's warnings come from the cache.
        edit(3, "內容與原文相同。", "內容與原文大致相同。");
        Build.Result other = incremental();
        assertEquals(1, other.report().count("linted"));
        assertEquals(warnings, warningsOf(other, faulty));
        assertSameSite(full(), other);
    }

    @Test
    void editingAnArticleChangesItsLintWarnings() throws IOException {
        corpus();
        Path faulty = edit(2, "內容與原文相同。", "內容與原文相同,相同。");
        List<String> before = warningsOf(incremental(), faulty);
        assertEquals(false, before.isEmpty());

        // The comma fixed, a space before full-width punctuation added: other warnings, on the same line.
        edit(2, "內容與原文相同,相同。", "內容與原文相同 。");
        Build.Result after = incremental();
        assertEquals(1, after.report().count("linted"), "only the edited article is linted again");
        List<String> now = warningsOf(after, faulty);
        assertEquals(false, now.isEmpty(), "the edited article still has a fault: " + after.report().warnings());
        assertNotEquals(before, now);
        assertSameSite(full(), after);

        edit(2, "內容與原文相同 。", "內容與原文相同。");
        Build.Result fixed = incremental();
        assertEquals(List.of(), warningsOf(fixed, faulty), "the faults are fixed: no warning is kept");
        assertSameSite(full(), fixed);
    }

    private static void assertSameSite(Build.Result expected, Build.Result actual) {
        SortedMap<String, byte[]> e = expected.files();
        SortedMap<String, byte[]> a = actual.files();
        assertEquals(e.keySet(), a.keySet());
        e.forEach((path, bytes) -> assertArrayEquals(bytes, a.get(path), path + " differs from a full build"));
        assertEquals(expected.report().details(), actual.report().details(), "build report");
        assertEquals(expected.report().warnings(), actual.report().warnings(), "warnings");
        assertEquals(expected.report().count("repairs"), actual.report().count("repairs"));
        assertEquals(expected.report().count("notes zh-Hant"), actual.report().count("notes zh-Hant"));
        assertEquals(expected.report().count("notes zh-Hans"), actual.report().count("notes zh-Hans"));
        assertEquals(true, expected.report().count("notes zh-Hans") > 0, "the corpus has glossary notes");
    }
}
