package org.zhedition.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;
import org.zhedition.content.ContentLoader;

/** Each rule on a damaged text, and the text that must never be flagged. */
class LintTest {
    private static final String FRONT = "---\ntitle: 標題\nstandfirst: 導語。\ndate: 2025-01-28\nscript: zh-Hant\n---\n\n";

    @Test
    void eachInjectedFaultIsFoundAtItsLineAndColumn() {
        List<Finding> f = Lint.check(Path.of("a.md"), FRONT + "第一段,第二句!\n\n報告)說明（未完。\n\n完成 。「甲」和“乙”。\n\n资源的的模型模型。\n");
        List<String> got = f.stream().map(x -> x.line() + ":" + x.column() + " " + x.hit().rule()).toList();
        assertEquals(List.of("8:4 half-width", "8:8 half-width", "10:3 half-width", "10:3 brackets", "10:6 brackets", "12:3 space",
                "12:9 quotes", "14:1 script", "14:3 doubled", "14:5 doubled"), got);
        assertTrue(f.get(0).toString().startsWith("a.md:8:4: half-width comma ',' in Chinese text — write '，'"), f.get(0).toString());
        assertTrue(f.get(3).hit().fix().contains("most likely before '報告'"), f.get(2).hit().fix());
    }

    @Test
    void frontMatterTextIsCheckedButNotItsKeys() {
        List<Finding> f = Lint.check(Path.of("a.md"), FRONT.replace("導語。", "導語,甲。") + "正文。\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(3, f.get(0).line());
    }

    @Test
    void whatMustNotBeFlagged() {
        String body = String.join("\n\n",
                "He said: \"Hello, world! Is it ready?\" Yes; it is.",
                "納斯達克指數收跌3.07%，時間是10:30，比例為1:2。",
                "見 `a,b;c:中文(x)` 與 https://example.com/a,b?x=1:2 以及 <https://例子.com/?q=中,文>。",
                "```\n代碼,中文!(括號\n```",
                "他說「那將是非常危險的……人們曾質疑」，又說好。",
                "-{計畫,方案}-與-{zh-hans:内存;zh-hant:記憶體}-。",
                "寂寂無名，常常，謝謝，一一。",
                "```figure\ncaption: 北京的一部手機。\ncredit: Andy Wong/AP/達志影像\n```",
                "[連結](https://example.com/中,文) 與 ![圖](../media/a.png)。");
        assertEquals(List.of(), Lint.check(Path.of("a.md"), FRONT + body + "\n"));
    }

    @Test
    void theHandMadeArticleHasOnlyItsTwoStraySimplifiedCharacters() throws IOException {
        Path file = TestProjects.fixtureContent().resolve("articles/deepseek-shock.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(List.of("'跻' is Simplified in a zh-Hant article", "'资' is Simplified in a zh-Hant article"),
                Lint.check(file, text).stream().map(x -> x.hit().what()).toList());
        assertEquals(List.of(), Lint.forBuild(file, text), "the build repairs those and lists them in its report");
    }

    @Test
    void fixAppliesOnlySafeFixesAndRecordsThem() {
        String file = FRONT.replace("script: zh-Hant\n", "script: zh-Hant\nemendations:\n  - at: 第1段\n    was: 甲\n    now: 乙\n    note: 舊的。\n")
                + "甲,乙, 丙?危險的......人們。報告)。`a,中`\n";
        LintFix fix = LintFix.apply(file);
        assertTrue(fix.text().endsWith("甲，乙，丙？危險的……人們。報告)。`a,中`\n"), fix.text());
        assertEquals(java.util.Map.of(",→，", 2, "?→？", 1, "......→……", 1), fix.changes());
        assertTrue(fix.text().contains("    note: 舊的。\n  - at: \"全文\"\n    was: \",\"\n    now: \"，\"\n"
                + "    note: \"半形逗號改為全形，共2處。\"\n"), fix.text());
        assertEquals(List.of("half-width", "brackets"),
                Lint.check(Path.of("a.md"), fix.text()).stream().map(f -> f.hit().rule()).toList(),
                "the half-width bracket is reported, not fixed");
    }

    @Test
    void aFixedArticleStillLoads(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        Path file = dir.resolve("content/articles/deepseek-shock.md");
        String damaged = Files.readString(file, StandardCharsets.UTF_8).replace("1月27日，美國主要", "1月27日,美國主要");
        LintFix fix = LintFix.apply(damaged);
        assertEquals(java.util.Map.of(",→，", 1), fix.changes());
        Files.writeString(file, fix.text(), StandardCharsets.UTF_8);
        var article = ContentLoader.load(dir.resolve("content")).articles().get(0);
        assertEquals("半形逗號改為全形，共1處。", article.emendations().get(article.emendations().size() - 1).note());
        assertTrue(article.body().contains("1月27日，美國主要"));
    }
}
