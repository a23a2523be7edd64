package org.zhedition.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.script.Punctuation;
import org.zhedition.script.Script;

class ContentLoaderTest {
    @TempDir
    Path root;

    @BeforeEach
    void site() throws IOException {
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("site.yaml"), "title: 測試\nlabels:\n  home: 首頁\n");
    }

    private void article(String name, String text) throws IOException {
        Files.writeString(root.resolve("articles").resolve(name), text);
    }

    private static final String GOOD = "---\ntitle: 標題\nstandfirst: 導語\nscript: zh-Hant\nsource:\n  publication: 端\n---\n\n正文。\n";

    @Test
    void loadsArticlesSortedBySlugWithTheirFields() throws IOException {
        article("b.md", GOOD);
        article("a.md", GOOD.replace("標題", "甲"));
        Content c = ContentLoader.load(root);
        assertEquals("a", c.articles().get(0).slug());
        assertEquals("甲", c.articles().get(0).title());
        Article b = c.articles().get(1);
        assertEquals(Script.HANT, b.script());
        assertEquals("端", b.source().publication());
        assertEquals(8, b.bodyLine());
        assertEquals("\n正文。\n", b.body());
        assertEquals(Punctuation.MAINLAND, c.site().punctuation().get(Script.HANS));
        assertEquals("首頁", c.site().labels().get("home"));
    }

    private ContentError error(String text) throws IOException {
        article("x.md", text);
        return assertThrows(ContentError.class, () -> ContentLoader.load(root));
    }

    @Test
    void unclosedFrontMatterNamesLineOne() throws IOException {
        ContentError e = error("---\ntitle: 標題\n\n正文\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("x.md:1") && e.getMessage().contains("How to fix"), e.getMessage());
    }

    @Test
    void missingFieldUnknownFieldAndUnknownScriptNameTheirLine() throws IOException {
        assertTrue(error(GOOD.replace("title: 標題\n", "")).getMessage().contains("'title'"));
        ContentError unknown = error(GOOD.replace("script: zh-Hant", "script: zh-Hant\nauthor: 某"));
        assertEquals(5, unknown.line(), unknown.getMessage());
        ContentError script = error(GOOD.replace("zh-Hant", "zh-TW"));
        assertEquals(4, script.line(), script.getMessage());
    }

    @Test
    void emptyBodyAndBadYamlAreErrors() throws IOException {
        assertTrue(error(GOOD.replace("\n正文。\n", "\n \n")).getMessage().contains("no body"));
        ContentError yaml = error(GOOD.replace("standfirst: 導語", "standfirst: [導語"));
        assertTrue(yaml.getMessage().contains("invalid YAML"), yaml.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] bytes = (GOOD + "第二行\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xB4;
        bad[bytes.length + 1] = (byte) 0xFA;
        Files.write(root.resolve("articles/x.md"), bad);
        ContentError e = assertThrows(ContentError.class, () -> ContentLoader.load(root));
        assertEquals(11, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void badFigureBlockIsReportedAtItsLine() throws IOException {
        ContentError e = error(GOOD + "\n```figure\ncredit: 某\n```\n");
        assertTrue(e.getMessage().contains("'caption'"), e.getMessage());
        assertEquals(12, e.line(), e.getMessage());
    }

    @Test
    void badFileNamesAndEmptyFoldersAreErrors() throws IOException {
        article("Bad Name.md", GOOD);
        assertTrue(assertThrows(ContentError.class, () -> ContentLoader.load(root)).getMessage().contains("rename"));
        Files.delete(root.resolve("articles/Bad Name.md"));
        assertTrue(assertThrows(ContentError.class, () -> ContentLoader.load(root)).getMessage().contains("no articles"));
    }

    @Test
    void anArticleCannotTakeTheNameOfAnEditionPage() throws IOException {
        article("glossary.md", GOOD);
        ContentError e = assertThrows(ContentError.class, () -> ContentLoader.load(root));
        assertTrue(e.getMessage().contains("glossary.md") && e.getMessage().contains("rename the article"), e.getMessage());
    }
}
