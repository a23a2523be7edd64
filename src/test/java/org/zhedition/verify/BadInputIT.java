package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real command on bad input, in its own JVM: exit status 1, a plain message on stderr that
 * names the file and line and says how to fix it, no stack trace, and site/ untouched.
 * {@link BadInputTest} covers the many cases in-process; these prove what the editor sees.
 */
class BadInputIT {
    @TempDir
    static Path temp;
    private static Project built;

    @BeforeAll
    static void buildOnce() {
        built = Project.copyOfFixture(temp.resolve("built"));
        Project.Run ok = built.buildInChild();
        assertEquals(0, ok.status(), ok.err());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("invalid front matter", "content/articles/deepseek-shock.md:4:", (Consumer<Project>) p ->
                        p.edit("content/articles/deepseek-shock.md", s -> s.replaceFirst("\nscript: zh-Hant\n", "\nscript: zh-Hant: x\n"))),
                Arguments.of("undefined template variable", "templates/home.peb:", (Consumer<Project>) p ->
                        p.edit("templates/home.peb", s -> s.replaceFirst("\\{\\{ site.title }}", "{{ nosuch }}"))),
                // One article of 31 fails while the others are being written into the draft.
                Arguments.of("undefined variable in the article template", "templates/article.peb:", (Consumer<Project>) p -> {
                    String article = p.read("content/articles/deepseek-shock.md");
                    for (int i = 1; i <= 30; i++) {
                        p.write(String.format("content/articles/copy-%02d.md", i), article);
                    }
                    p.edit("templates/article.peb", s -> s.replaceFirst("\\{\\{ article.title }}",
                            "{% if slug == 'copy-15' %}{{ nosuch }}{% endif %}{{ article.title }}"));
                }),
                Arguments.of("missing content/", "content: content folder not found", (Consumer<Project>) p -> {
                    try {
                        org.zhedition.write.SiteWriter.delete(p.content());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }),
                Arguments.of("invalid UTF-8", "content/site.yaml:1:", (Consumer<Project>) p ->
                        p.writeBytes("content/site.yaml", new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsNonZeroWithAPlainMessageAndKeepsTheSite(String name, String where, Consumer<Project> breakage,
            @TempDir Path dir) {
        Project p = built.copyTo(dir.resolve("project"));
        SortedMap<String, String> before = Project.hashes(p.site());
        breakage.accept(p);

        Project.Run run = p.buildInChild();

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains("How to fix:"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(before, Project.hashes(p.site()), "site/ changed after a failed build");
        // The build writes pages into a draft as it goes (the home page fails after the article's
        // pages were written): a failed build deletes the draft.
        assertFalse(java.nio.file.Files.exists(p.root.resolve(".site.new")), "draft left behind");
        assertTrue(run.err().lines().count() <= 4, "a short message, not a report:\n" + run.err());
        assertTrue(run.err().contains(where), () -> "expected '" + where + "' in:\n" + run.err());
    }
}
