package org.zhedition.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhedition.TestProjects;
import picocli.CommandLine.Help;

/**
 * The command line as an editor meets it: help on the tool and every command, the version,
 * exit status 0 / 1 (content) / 2 (usage), every unknown or malformed option refused, and the
 * build's content errors printed as one plain message.
 */
class CommandLineTest {
    static final List<String> COMMANDS = List.of("build", "serve", "convert", "new");

    /** What one command line printed and returned. */
    record Ran(int status, String out, String err) {
    }

    static Ran run(String... args) {
        return run(Clock.systemDefaultZone(), args);
    }

    static Ran run(Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Zhedition.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Help.Ansi.AUTO, clock);
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpOnTheToolListsEveryCommand() {
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"})) {
            Ran r = run(help);
            assertEquals(0, r.status(), String.join(" ", help));
            for (String c : COMMANDS) {
                assertTrue(r.out().contains("\n  " + c + " "), c + " listed: " + r.out());
            }
            assertTrue(r.out().contains("Exit status:"), r.out());
            assertFalse(r.out().contains("\u001b"), "no terminal codes when not on a terminal");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "convert", "new"})
    void helpOnEveryCommand(String command) {
        Ran r = run(command, "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: zhedition " + command), r.out());
        assertTrue(r.out().contains("--root=DIR"), r.out());
        assertFalse(r.out().contains("\u001b"), r.out());
        assertEquals(r.out(), run("help", command).out(), "'help " + command + "' says the same");
    }

    @Test
    void everyCommandsOptionsAreDescribed() {
        assertTrue(run("build", "--help").out().contains("--report") && run("build", "--help").out().contains("--full"));
        assertTrue(run("serve", "--help").out().contains("--port=N"));
        String convert = run("convert", "--help").out();
        assertTrue(convert.contains("--to=EDITION") && convert.contains("--article=SLUG"), convert);
        String created = run("new", "--help").out();
        assertTrue(created.contains("SLUG") && created.contains("--title=TITLE"), created);
    }

    @Test
    void versionIsThePomsVersion() {
        String version = System.getProperty("project.version");
        assertTrue(version != null && !version.isBlank(), "surefire passes project.version");
        for (String[] v : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"build", "--version"})) {
            Ran r = run(v);
            assertEquals(0, r.status());
            assertEquals("zhedition " + version + "\n", r.out().replace("\r\n", "\n"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nonsense", "build --nonsense", "build --port 1", "build extra", "serve --port 65536",
        "serve --port -1", "serve --port eighty", "serve --port", "convert", "convert --to", "convert --to zh-XX",
        "new", "new Bad_Name", "new glossary", "new -x", "new a b", "new ok --title", "--nonsense", "build --root"})
    void mistakesOnTheCommandLineExitWithTwo(String line) {
        Ran r = run(line.isEmpty() ? new String[0] : line.split(" "));
        assertEquals(2, r.status(), line + ": " + r.err());
        assertTrue(r.err().startsWith("error: "), line + ": " + r.err());
        assertTrue(r.err().contains("Usage: zhedition"), line + ": " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out(), line);
    }

    @Test
    void theErrorSaysWhatWasWrong() {
        assertTrue(run("build", "--port", "1").err().startsWith("error: Unknown options: '--port', '1'"),
                run("build", "--port", "1").err());
        assertTrue(run("serve", "--port", "65536").err().startsWith("error: --port needs a number from 0 to 65535, not 65536"));
        assertTrue(run("bild").err().contains("Did you mean: zhedition build"), run("bild").err());
        assertTrue(run().err().startsWith("error: no command given"));
    }

    @Test
    void aContentErrorExitsWithOneAndLeavesTheSite(@TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        Ran ok = run("build", "--root", dir.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().startsWith("Built 1 article(s) × 2 editions: "), ok.out());
        Path index = dir.resolve("site/index.html");
        byte[] before = Files.readAllBytes(index);
        Path article = dir.resolve("content/articles/deepseek-shock.md");
        Files.writeString(article, Files.readString(article).replaceFirst("title: .*\n", ""));
        Ran bad = run("build", "--root", dir.toString());
        assertEquals(1, bad.status());
        assertEquals("error: " + article + ":2: missing required field 'title'\n", bad.err().lines().findFirst().orElse("") + "\n");
        assertTrue(bad.err().contains("How to fix: ") && bad.err().endsWith("site/ was not changed.\n"), bad.err());
        assertFalse(bad.err().contains("\tat ") || bad.err().contains("Exception"), bad.err());
        assertEquals("", bad.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(index)), "site/ untouched");
    }

    @Test
    void reportPrintsTheFullReport(@TempDir Path dir) {
        TestProjects.copyOfFixture(dir);
        Ran r = run("build", "--report", "--full", "--root", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\nrule ") && r.out().contains("\ntime convert ") && r.out().contains("\nterm "), r.out());
        assertTrue(r.out().contains("articles converted 1, reused from .cache 0; linted 1, lint warnings reused from .cache 0;"),
                r.out());
    }

    static Clock on(String date) {
        return Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneId.of("UTC"));
    }
}
