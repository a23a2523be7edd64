package org.zhedition.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.TestProjects;
import org.zhedition.content.Article;
import org.zhedition.content.ContentLoader;
import org.zhedition.cmd.CommandLineTest.Ran;

/** {@code new SLUG}: an article with today's date and every field to fill, that builds as it is; nothing overwritten. */
class NewCommandTest {
    @TempDir
    Path dir;

    private Path file(String slug) {
        return dir.resolve("content/articles/" + slug + ".md");
    }

    @Test
    void theNewArticleHasEveryFieldAndBuildsAsItIs() throws IOException {
        TestProjects.copyOfFixture(dir);
        Ran r = CommandLineTest.run(CommandLineTest.on("2026-03-07"), "new", "chip-exports", "--root", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Wrote " + file("chip-exports")), r.out());
        String text = Files.readString(file("chip-exports"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\ndate: 2026-03-07 "), "today's date: " + text);
        for (String field : new String[] {"title:", "standfirst:", "script:", "source:", "  publication:", "  headline:", "  url:",
            "description:", "keywords:"}) {
            assertTrue(text.contains("\n" + field), field + " in\n" + text);
        }
        Article article = ContentLoader.load(dir.resolve("content")).articles().stream()
                .filter(a -> a.slug().equals("chip-exports")).findFirst().orElseThrow();
        assertEquals("文章標題", article.title());
        assertFalse(article.keywords().isEmpty() || article.description().isEmpty() || article.body().isBlank());

        Ran built = CommandLineTest.run("build", "--root", dir.toString());
        assertEquals(0, built.status(), built.err());
        assertTrue(built.out().startsWith("Built 2 article(s)"), built.out());
        for (String edition : new String[] {"zh-Hant", "zh-Hans"}) {
            assertTrue(Files.readString(dir.resolve("site/" + edition + "/chip-exports.html")).contains("<h1"), edition);
        }
        assertTrue(Files.readString(dir.resolve("site/zh-Hans/chip-exports.html")).contains("文章标题"), "converted like any article");
    }

    @Test
    void aWrongDateIsAContentError() throws IOException {
        TestProjects.copyOfFixture(dir);
        CommandLineTest.run(CommandLineTest.on("2026-03-07"), "new", "chip-exports", "--root", dir.toString());
        Path file = file("chip-exports");
        Files.writeString(file, Files.readString(file).replace("date: 2026-03-07", "date: 2026-13-07"));
        Ran r = CommandLineTest.run("build", "--root", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("error: " + file + ":4: date '2026-13-07' is not a date of the calendar"), r.err());
        assertTrue(r.err().contains("How to fix:") && !r.err().contains("\tat "), r.err());
    }

    @Test
    void anyTitleIsWrittenSoThatItReadsBackExactly() throws IOException {
        TestProjects.copyOfFixture(dir);
        String title = "晶片: \"出口\" #管制 'A' \\ {x} [y] - z";
        Ran r = CommandLineTest.run("new", "quoted-title", "--title", title, "--root", dir.toString());
        assertEquals(0, r.status(), r.err());
        Article article = ContentLoader.load(dir.resolve("content")).articles().stream()
                .filter(a -> a.slug().equals("quoted-title")).findFirst().orElseThrow();
        assertEquals(title, article.title());
    }

    @Test
    void anExistingArticleIsNeverOverwritten() throws IOException {
        TestProjects.copyOfFixture(dir);
        Path existing = file("deepseek-shock");
        byte[] before = Files.readAllBytes(existing);
        Ran r = CommandLineTest.run("new", "deepseek-shock", "--root", dir.toString());
        assertEquals(1, r.status());
        assertEquals("error: " + existing + ": this article already exists; 'new' never writes over a file\n"
                + "  How to fix: edit it, or choose another name\n", r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(existing)));
    }

    @Test
    void anInvalidNameWritesNothing() throws IOException {
        TestProjects.copyOfFixture(dir);
        for (String slug : new String[] {"Chip", "chip_exports", "chip.md", "晶片", "glossary", "a/b", "../x"}) {
            Ran r = CommandLineTest.run("new", slug, "--root", dir.toString());
            assertEquals(2, r.status(), slug);
            assertTrue(r.err().startsWith("error: '" + slug + "' cannot name an article"), r.err());
        }
        try (var s = Files.list(dir.resolve("content/articles"))) {
            assertEquals(1, s.count(), "nothing written");
        }
        assertFalse(Files.exists(dir.resolve("content/x.md")));
    }

    @Test
    void outsideAProjectItSaysWhereToRunIt() {
        Ran r = CommandLineTest.run("new", "chip", "--root", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("error: " + dir.resolve("content") + ": there is no content folder here"), r.err());
        assertFalse(Files.exists(dir.resolve("content")));
    }
}
