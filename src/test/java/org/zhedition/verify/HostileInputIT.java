package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input through the real command line, in its own JVM, one or two cases of each family
 * of {@link HostileInputTest}: exit status 1, "error: file:line: …" and "How to fix" on stderr,
 * no exception name or stack frame, site/ byte for byte as it was, nothing left beside it, and
 * the process ends (a named pipe, a device, a template that includes itself, a macro that calls
 * itself or 1,000 nested quotations must not hang it or overflow its stack). Both the default
 * incremental build and {@code --full}.
 */
class HostileInputIT {
    @TempDir
    static Path temp;
    private static Project built;

    @BeforeAll
    static void buildOnce() {
        built = Project.copyOfFixture(temp.resolve("built"));
        Project.Run ok = built.buildInChild();
        assertEquals(0, ok.status(), ok.err());
    }

    private static int paragraphLine() {
        try {
            List<String> lines = Files.readAllLines(org.zhedition.TestProjects.fixtureContent().resolve("articles/deepseek-shock.md"));
            for (int n = 0; n < lines.size(); n++) {
                if (lines.get(n).startsWith(HostileInputTest.PARAGRAPH)) {
                    return n + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("the fixture article has no paragraph starting " + HostileInputTest.PARAGRAPH);
    }

    static Stream<Arguments> cases() {
        String article = HostileInputTest.ARTICLE;
        // The line where HostileInputTest puts its insertions: that of the fixture's paragraph.
        String line = ":" + paragraphLine() + ":";
        List<Arguments> cases = new ArrayList<>(List.of(
                c("named pipe as an article", "content/articles/pipe.md:", p -> HostileInputTest.fifo(p.content().resolve("articles/pipe.md"))),
                c("folder named like an article", "content/articles/x.md:", p -> Files.createDirectories(p.content().resolve("articles/x.md"))),
                c("templates/ missing", "templates: templates folder not found", p -> org.zhedition.write.SiteWriter.delete(p.root.resolve("templates"))),
                c("image linked to /etc/passwd", article + line, p -> {
                    Files.createDirectories(p.content().resolve("media"));
                    Files.createSymbolicLink(p.content().resolve("media/leak.png"), Path.of("/etc/passwd"));
                    HostileInputTest.showImage(p, "leak.png");
                }),
                c("javascript: spelt with an entity", article + line, p -> HostileInputTest.insert(p, "[a](&#106;avascript:alert(1))")),
                c("SVG with a script", article + line, p -> {
                    p.write("content/media/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
                    HostileInputTest.showImage(p, "x.svg");
                }),
                c("YAML \\0 in a caption", article + ":", p -> p.edit(article,
                        s -> s.replaceFirst("\ncaption: (2025年1月28日，北京[^\n]*)", "\ncaption: \"\\\\0$1\""))),
                c("invalid UTF-8 in a template", "templates/home.peb:", p -> {
                    byte[] t = Files.readAllBytes(p.root.resolve("templates/home.peb"));
                    t[t.length - 2] = (byte) 0xC3;
                    p.writeBytes("templates/home.peb", t);
                }),
                c("markup that opens a code block in one edition", article + line, p -> HostileInputTest.block(p, "-{zh-hant:甲;zh-hans:```}-")),
                c("1,000 nested quotations", article + line, p -> HostileInputTest.block(p, ">".repeat(1000) + " 深")),
                c("10,000 nested emphasis marks", article + line, p -> HostileInputTest.insert(p, "*".repeat(10_000) + "深" + "*".repeat(10_000))),
                c("a template that includes itself", "templates/part.peb:1:", p -> {
                    p.write("templates/part.peb", "{% include \"part.peb\" %}\n");
                    HostileInputTest.includeFromArticle(p, "{% include \"part.peb\" %}");
                }),
                c("a macro that calls itself", "templates/article.peb:", p -> p.edit("templates/article.peb",
                        s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>", "{% macro m(x) %}{{ m(x) }}{% endmacro %}{{ m(1) }}"))),
                c("an empty article template", "templates/article.peb:", p -> p.writeBytes("templates/article.peb", new byte[0])),
                c("an include of a missing template", "templates/article.peb:", p ->
                        HostileInputTest.includeFromArticle(p, "{% include \"nosuch.peb\" %}"))));
        List<Arguments> both = new ArrayList<>();
        for (Arguments a : cases) {
            both.add(Arguments.of(a.get()[0], a.get()[1], a.get()[2], false));
        }
        // The same through --full for a few: one path for errors.
        for (int i : new int[] {0, 1, 4, 9}) {
            Object[] a = cases.get(i).get();
            both.add(Arguments.of(a[0] + " (--full)", a[1], a[2], true));
        }
        return both.stream();
    }

    interface Breakage {
        void apply(Project p) throws Exception;
    }

    private static Arguments c(String name, String where, Breakage breakage) {
        return Arguments.of(name, where, breakage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsWithAPlainLocatedMessageAndKeepsTheSite(String name, String where, Breakage breakage, boolean full,
            @TempDir Path dir) throws Exception {
        Project p = built.copyTo(dir.resolve("project"));
        SortedMap<String, String> before = Project.hashes(p.site());
        breakage.apply(p);

        Project.Run run = full ? Project.run(fullCommand(p), p.root) : p.buildInChild();

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(where), () -> "expected '" + where + "' in:\n" + run.err());
        assertTrue(run.err().contains("How to fix:"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("Error:"), run.err());
        assertTrue(run.err().lines().count() <= 4, "a short message, not a report:\n" + run.err());
        assertEquals(before, Project.hashes(p.site()), "site/ changed after a failed build");
        assertEquals(List.of(), HostileInputTest.leftovers(p), "drafts or old sites left beside site/");
    }

    private static List<String> fullCommand(Project p) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "org.zhedition.Main", "build", "--full", "--root", p.root.toString());
    }
}
