package org.zhedition.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.TestProjects;
import org.zhedition.cmd.CommandLineTest.Ran;
import org.zhedition.lint.Lint;

/**
 * {@code import} on the real scrape the sample article was made from: its body equals the
 * hand-made article's paragraph by paragraph, except exactly the editor's judgement calls, which
 * the import prints instead of guessing.
 */
class ImportCommandTest {
    static final Path SEED = Path.of("src/test/resources/fixtures/import/initium-deepseek.txt");

    @TempDir
    Path dir;

    @Test
    void theSeedBecomesTheHandMadeArticleApartFromTheJudgementCalls() throws IOException {
        TestProjects.copyOfFixture(dir);
        Ran r = CommandLineTest.run(CommandLineTest.on("2026-03-07"), "import", SEED.toString(), "--slug", "imported",
                "--root", dir.toString());
        assertEquals(0, r.status(), r.err());
        String imported = Files.readString(dir.resolve("content/articles/imported.md"), StandardCharsets.UTF_8);
        String handMade = Files.readString(dir.resolve("content/articles/deepseek-shock.md"), StandardCharsets.UTF_8);
        List<String> got = paragraphs(imported);
        List<String> want = paragraphs(handMade);
        assertEquals(want.size(), got.size(), "paragraph count");
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            if (!want.get(i).equals(got.get(i))) {
                differing.add(got.get(i));
                String judged = got.get(i)
                        .replace("72B阿里", "72B（阿里").replace("405BMeta", "405B（Meta")
                        .replace("GPT-4oClaude 3.5-SonnetAnthropic", "GPT-4o、Claude 3.5-Sonnet（Anthropic")
                        .replace("Alexandr Wang則，", "Alexandr Wang則〔稱〕，");
                assertEquals(want.get(i), judged, "paragraph " + (i + 1) + " differs by more than the judgement calls");
            }
        }
        assertEquals(2, differing.size(), "only the brackets' paragraph and the missing verb's: " + differing);

        // The judgement calls are printed at the right places, the date is not guessed.
        for (String place : new String[] {"most likely before '阿里自研大模型'", "most likely before 'Meta自研大模型'",
            "most likely before 'Anthropic自研大", "stray Simplified '跻'", "stray Simplified '资'",
            "date: wrote today's date 2026-03-07", "mentions 1月29日"}) {
            assertTrue(r.out().contains(place), place + " in\n" + r.out());
        }
        for (String count : new String[] {",→， ×149", "(→（ ×6", ")→） ×9", "......→…… ×1", "?→？ ×1", ":→： ×2",
            "removed 4 paragraph(s) of debris"}) {
            assertTrue(r.out().contains(count), count + " in\n" + r.out());
        }
        assertTrue(imported.contains("title: \"DeepSeek衝擊美股和人工智能商業模式，或反映中美AI差距縮小\"\n"), imported);
        assertTrue(imported.contains("  column: \"Whatsnew\"\n  headline: \"DeepSeek衝擊美股和人工智能商業模式,或反映中美AI差距縮小|Whatsnew\"\n"));
        assertTrue(imported.contains("note: \"半形逗號改為全形，共149處。\""));
        // A caption entry records only what left the caption; the full stop before the credit stays in it.
        assertTrue(imported.contains("was: \"攝:Andy Wong/AP/達志影像\""), imported);
        assertTrue(imported.contains("改記於圖片區塊的credit欄；其前的句號留在說明末。"), imported);
        // The notes the importer writes follow the spacing policy (docs/style.md): no typed space
        // between Han and Latin or digits.
        assertEquals(List.of(), imported.lines().filter(l -> l.startsWith("    note: "))
                .filter(l -> java.util.regex.Pattern.compile("\\p{IsHan} +[A-Za-z0-9]|[A-Za-z0-9] +\\p{IsHan}").matcher(l).find())
                .toList());
        assertTrue(got.stream().noneMatch(p -> p.contains("新春快樂") || p.contains("評論")), "debris removed from the body");

        // It builds as it is, and lint finds only what was left to the editor.
        Ran built = CommandLineTest.run("build", "--root", dir.toString());
        assertEquals(0, built.status(), built.err());
        assertTrue(Files.readString(dir.resolve("site/zh-Hans/imported.html")).contains("人工智能商业模式"));
        List<String> rules = Lint.check(Path.of("imported.md"), imported).stream().map(f -> f.hit().rule()).toList();
        assertEquals(List.of("brackets", "brackets", "brackets", "script", "script"), rules);

        Ran again = CommandLineTest.run("import", SEED.toString(), "--slug", "imported", "--root", dir.toString());
        assertEquals(1, again.status(), "never overwrites");
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(imported, Files.readString(dir.resolve("content/articles/imported.md"), StandardCharsets.UTF_8));
    }

    @Test
    void aCertainDateIsTakenFromTheCaption() throws IOException {
        TestProjects.copyOfFixture(dir);
        Path scrape = dir.resolve("scrape.txt");
        Files.writeString(scrape, "標題|專欄\n\n導語。\n\n2024年3月5日,台北的街頭。攝:某人/通訊社\n\n3月4日,有人說:好。\n",
                StandardCharsets.UTF_8);
        Ran r = CommandLineTest.run("import", scrape.toString(), "--root", dir.toString());
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(dir.resolve("content/articles/scrape.md"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\ndate: 2024-03-05\n"), text);
        assertTrue(text.contains("3月4日，有人說：好。"), text);
        assertTrue(!r.out().contains("date:"), r.out());
    }

    /** The body's blocks (paragraphs, headings, figures), front matter left out. */
    private static List<String> paragraphs(String file) {
        String body = file.substring(file.indexOf("\n---\n", 4) + 5).strip();
        return List.of(body.split("\n\n+"));
    }
}
