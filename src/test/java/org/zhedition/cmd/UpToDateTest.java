package org.zhedition.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.TestProjects;
import org.zhedition.cmd.CommandLineTest.Ran;

/**
 * What the jar's first JVM asks before starting the tuned one: a plain {@code build} with nothing
 * changed is answered at once, with what the command prints; anything else goes on to the command.
 */
class UpToDateTest {
    @TempDir
    Path dir;

    private record Asked(boolean done, String out, String err) {
    }

    private static Asked ask(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean done = BuildCommand.upToDate(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Asked(done, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPlainBuildWithNothingChangedIsAnsweredAtOnce() throws IOException {
        TestProjects.copyOfFixture(dir);
        assertFalse(ask("build", "--root", dir.toString()).done(), "no build yet");
        Ran built = CommandLineTest.run("build", "--root", dir.toString());
        assertEquals(0, built.status(), built.err());

        Asked a = ask("build", "--root", dir.toString());
        assertTrue(a.done());
        assertTrue(a.out().startsWith("Nothing changed since the last build: site/ is up to date (1 article(s)"), a.out());
        assertEquals(built.err(), a.err(), "the same warnings as the build that made the site");
        assertTrue(ask("build", "--root=" + dir).done());
        // The command itself says the same.
        assertTrue(CommandLineTest.run("build", "--root", dir.toString()).out().startsWith("Nothing changed"));

        // Anything but a plain build goes on to the command.
        assertFalse(ask("build", "--full", "--root", dir.toString()).done());
        assertFalse(ask("build", "--report", "--root", dir.toString()).done());
        assertFalse(ask("serve", "--root", dir.toString()).done());
        assertFalse(ask("build", "--root").done());

        Path article = dir.resolve("content/articles/deepseek-shock.md");
        Files.writeString(article, Files.readString(article) + "\n");
        assertFalse(ask("build", "--root", dir.toString()).done(), "an article changed");
        assertTrue(CommandLineTest.run("build", "--root", dir.toString()).out().startsWith("Built 1 article(s)"));
        assertTrue(ask("build", "--root", dir.toString()).done());
    }
}
