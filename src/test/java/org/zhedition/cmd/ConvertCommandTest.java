package org.zhedition.cmd;

import org.zhedition.script.EditionSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.io.InputStream;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.TestProjects;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;
import org.zhedition.script.ConversionLog;
import org.zhedition.edition.ConvertedArticle;
import org.zhedition.script.Script;

/** {@code convert} prints exactly what the build prints. */
class ConvertCommandTest {
    /** What one command line printed and returned. */
    private record Ran(int status, String out, String err) {
    }

    private static Ran ran(Path root, String input, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[options.length + 3];
        args[0] = "convert";
        args[1] = "--root";
        args[2] = root.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        int status = Zhedition.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String run(Path root, String input, String... options) {
        Ran r = ran(root, input, options);
        assertEquals(0, r.status(), r.err());
        return r.out();
    }

    private static String built(Path root, String slug, Script script) {
        Content content = ContentLoader.load(root.resolve("content"));
        Article a = content.articles().stream().filter(x -> x.slug().equals(slug)).findFirst().orElseThrow();
        return ConvertedArticle.of(a, Edition.of(content, EditionSpec.of(script), new ConversionLog()).converter(a)).body();
    }

    @Test
    void theWholeArticleComesOutAsTheBuildConvertsIt() {
        Path root = TestProjects.fixture();
        String body = ContentLoader.load(root.resolve("content")).articles().get(0).body();
        for (Script s : Script.values()) {
            assertEquals(built(root, "deepseek-shock", s), run(root, body, "--to", s.tag(), "--article", "deepseek-shock"), s.tag());
            String without = run(root, body, "--to", s.tag());
            if (s == Script.HANT) {
                assertEquals(built(root, "deepseek-shock", s), without, "zh-Hant without --article");
            } else {
                // Without --article only the site's rules apply: 回應指 (site) but not 他指DeepSeek (article).
                assertTrue(without.contains("英伟达回应称") && without.contains("他指DeepSeek"), without);
                assertTrue(built(root, "deepseek-shock", s).contains("他称DeepSeek"));
            }
        }
    }

    @Test
    void siteRulesPunctuationAndVerbatimCode() {
        Path root = TestProjects.fixture();
        assertEquals("北京的一部智能手机的屏幕上显示“高端芯片” `晶片`\n",
                run(root, "北京的一部智慧型手機的螢幕上顯示「高階晶片」 `晶片`\n", "--to", "zh-Hans"));
        assertEquals("有限資源", run(root, "有限资源", "--to", "zh-hant"));
    }

    @Test
    void articleRulesApplyOnlyWithArticle(@TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        Path file = dir.resolve("content/articles/deepseek-shock.md");
        Files.writeString(file, Files.readString(file).replace("conversion:\n", "conversion:\n  - 特朗普=>zh-hans:川普;\n"));
        assertEquals("川普宣布", run(dir, "特朗普宣布", "--to", "zh-Hans", "--article", "deepseek-shock"));
        assertEquals("特朗普宣布", run(dir, "特朗普宣布", "--to", "zh-Hans"));
        String body = ContentLoader.load(dir.resolve("content")).articles().get(0).body();
        String hans = run(dir, body, "--to", "zh-Hans", "--article", "deepseek-shock");
        assertEquals(built(dir, "deepseek-shock", Script.HANS), hans);
        assertTrue(hans.contains("川普") && !hans.contains("特朗普"));
    }

    @Test
    void mistakesAreReported() {
        Path root = TestProjects.fixture();
        Ran unknown = ran(root, "", "--to", "zh-TW");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("error: unknown edition 'zh-TW'"), unknown.err());
        Ran noArticle = ran(root, "", "--to", "zh-Hans", "--article", "nothing");
        assertEquals(2, noArticle.status());
        assertTrue(noArticle.err().startsWith("error: no article 'nothing'"), noArticle.err());
        Ran markup = ran(root, "一\n二-{晶片\n", "--to", "zh-Hans");
        assertEquals(1, markup.status());
        assertTrue(markup.err().startsWith("error: <stdin>:2: conversion markup '-{' is not closed"), markup.err());
        assertTrue(markup.err().contains("How to fix:") && !markup.err().contains("\tat "), markup.err());
        assertEquals("", markup.out());
    }

    /** Runs {@code args} through picocli only, as {@link Zhedition#run} did before its fast path for {@code convert}. */
    private static Ran throughPicocli(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Zhedition.commandLine(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CommandLine.Help.Ansi.OFF, Clock.systemDefaultZone()).execute(args);
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Ran throughRun(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Zhedition.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The command lines {@code convert} reads without picocli are read as picocli reads them, and
     * every command line (read fast or not, right or wrong) prints and returns what picocli's
     * reading gives.
     */
    @Test
    void theFastPathReadsAndAnswersAsPicocliDoes() {
        String root = TestProjects.fixture().toString();
        String input = "他說：「[編按：這個軟體很好。]我們會繼續觀察。」\n";
        List<String[]> lines = List.of(
                new String[] {"convert", "--to", "zh-Hans", "--root", root},
                new String[] {"convert", "--root=" + root, "--to=zh-hant"},
                new String[] {"convert", "--root", root, "--article", "deepseek-shock", "--to", "ZH-HANS"},
                new String[] {"convert", "--article=deepseek-shock", "--root", root, "--to", "zh-Hans"},
                new String[] {"convert", "--root", root, "--to", "zh-Hans", "--article", "nothing"},
                new String[] {"convert", "--root", root, "--to", "zh-Hans", "--article", "../x"},
                new String[] {"convert", "--root", root + "/missing", "--to", "zh-Hans"},
                new String[] {"convert", "--root", root, "--to", "zh-TW"},
                new String[] {"convert", "--root", root, "--to", "zh-Hans", "--to", "zh-Hant"},
                new String[] {"convert", "--root", root, "--to"},
                new String[] {"convert", "--root", root, "--to", "zh-Hans", "extra"},
                new String[] {"convert", "--root", root, "--to", "zh-Hans", "--help"},
                new String[] {"convert", "--root", root, "--to", "-V"},
                new String[] {"convert", "--root", root, "--to=", "zh-Hans"},
                new String[] {"convert", "--root", root, "--tto", "zh-Hans"},
                new String[] {"convert", "--root", root});
        int fast = 0;
        for (String[] args : lines) {
            Optional<ConvertCommand.Arguments> a = ConvertCommand.fast(args);
            if (a.isPresent()) {
                fast++;
                ConvertCommand parsed = (ConvertCommand) Zhedition.commandLine(InputStream.nullInputStream(), System.out,
                        System.err, CommandLine.Help.Ansi.OFF, Clock.systemDefaultZone())
                        .parseArgs(args).subcommand().commandSpec().userObject();
                assertEquals(new ConvertCommand.Arguments(parsed.to, parsed.root.dir,
                        parsed.article), a.get(), String.join(" ", args));
            }
            assertEquals(throughPicocli(input, args), throughRun(input, args), String.join(" ", args));
        }
        // zh-TW too: whether the site has that edition is known once content/ is read, by both paths alike.
        assertEquals(8, fast, "command lines read without picocli");
    }
}
