package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.build.Build;
import org.zhedition.input.ContentError;

/**
 * Property: whatever Markdown and glossary an editor writes, the build either refuses it with a
 * {@link ContentError} that names a file and says how to fix it, or produces pages that parse
 * without a single HTML error and contain nothing the templates did not put there (no script,
 * frame, handler attribute or {@code javascript:} address; the only image is the one written as
 * Markdown, {@code ![圖](../media/x.png)}). 200 seeded random cases.
 */
class RandomMarkdownTest {
    @TempDir
    static Path temp;
    static Project project;

    @BeforeAll
    static void project() {
        project = Project.copyOfFixture(temp.resolve("p"));
        project.edit(project.article(), s -> "");
        project.writeBytes("content/media/x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    }

    /** How many seeds built a site: refusing every input would pass each case, but not this floor. */
    private static final java.util.concurrent.atomic.AtomicInteger BUILT = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void mostRandomInputsBuild() {
        assertTrue(BUILT.get() >= 100, "only " + BUILT.get() + " of 200 random inputs built a site");
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void buildsValidInertHtmlOrExplainsTheMistake(long seed) {
        RandomContent random = new RandomContent(seed);
        String title = "標題" + random.markdown(8).replace('\n', ' ');
        String body = random.markdown(60);
        project.write(project.article(), "---\ntitle: " + yaml(title) + "\nstandfirst: " + yaml(random.markdown(8)
                .replace('\n', ' ') + "。") + "\nscript: zh-Hant\ndate: 2025-01-28\nsource:\n  publication: 測試\n---\n\n" + body + "\n");
        StringBuilder glossary = new StringBuilder("categories:\n  - name: 詞\n    terms:\n");
        List<RandomContent.Entry> entries = random.glossary(6);
        for (RandomContent.Entry e : entries) {
            glossary.append("      - term: ").append(yaml(e.term())).append("\n        aliases: [")
                    .append(String.join(", ", e.aliases().stream().map(RandomMarkdownTest::yaml).toList()))
                    .append("]\n        en: ").append(yaml(e.en())).append("\n        note: ").append(yaml(e.note())).append('\n');
        }
        if (entries.isEmpty()) {
            project.write("content/glossary.yaml", "categories: []\n");
        } else {
            project.write("content/glossary.yaml", glossary.toString());
        }

        Build.Result result;
        try {
            result = Build.run(project.content(), project.root.resolve("templates"));
            BUILT.incrementAndGet();
        } catch (ContentError e) {
            assertTrue(e.file() != null && e.getMessage().contains("How to fix: "), e.getMessage());
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : result.files().entrySet()) {
            if (f.getKey().endsWith(".html")) {
                // The only image is the one the Markdown asks for, ![圖](../media/x.png); checked by its address.
                String html = new String(f.getValue(), StandardCharsets.UTF_8);
                problems.addAll(Inert.problems(f.getKey(), html, Set.of("img")));
                org.jsoup.Jsoup.parse(html).select("img:not([src=\"../media/x.png\"])")
                        .forEach(img -> problems.add(f.getKey() + ": " + img.outerHtml()));
            }
        }
        assertEquals(List.of(), problems, "seed " + seed + ", body:\n" + body);
    }

    /** A YAML single-quoted scalar. */
    static String yaml(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
