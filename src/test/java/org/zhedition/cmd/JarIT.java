package org.zhedition.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.TestProjects;

/**
 * The tool as an editor runs it: {@code java -jar target/zhedition.jar COMMAND}, the jar that
 * {@code mvn package} made, in a process of its own (plain {@code java}, no options). Its
 * libraries are inside; it starts itself again with the fast options and makes its class-data
 * archive beside the jar on the first build.
 */
class JarIT {
    @TempDir
    Path dir;

    private Path jar;

    /** What one run printed and returned. */
    private record Ran(int status, String out, String err) {
    }

    @BeforeEach
    void copyTheJar() throws IOException {
        Path built = TestProjects.repository().resolve("target/zhedition.jar");
        assertTrue(Files.isRegularFile(built), "mvn package makes target/zhedition.jar");
        // A copy, so that the archive made beside it is this test's own.
        Files.createDirectories(dir.resolve("tool"));
        jar = Files.copy(built, dir.resolve("tool/zhedition.jar"));
    }

    private Ran java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Path in = Files.writeString(dir.resolve("in.txt"), stdin, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + cmd);
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpWithoutTerminalCodes() throws Exception {
        Ran v = java("", "--version");
        assertEquals(0, v.status(), v.err());
        assertEquals("zhedition " + System.getProperty("project.version") + "\n", v.out());
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"build", "--help"}, new String[] {"new", "--help"})) {
            Ran h = java("", help);
            assertEquals(0, h.status(), h.err());
            assertTrue(h.out().startsWith("Usage: zhedition"), h.out());
            assertFalse(h.out().contains("\u001b") || h.err().contains("\u001b"), "no terminal codes into a pipe: " + h.out());
        }
        assertFalse(Files.exists(dir.resolve("tool/zhedition.jsa")), "the archive is made by a build, not by --help");
    }

    @Test
    void exitStatusForUsageAndContentMistakes() throws Exception {
        Ran usage = java("", "serve", "--port", "70000");
        assertEquals(2, usage.status());
        assertTrue(usage.err().startsWith("error: --port needs a number from 0 to 65535"), usage.err());
        assertEquals(2, java("", "build", "--nonsense").status());

        Path project = TestProjects.copyOfFixture(dir.resolve("project"));
        Ran ok = java("", "build", "--root", project.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().startsWith("Built 1 article(s) × 2 editions:"), ok.out());
        assertEquals("", ok.err());
        assertTrue(Files.isRegularFile(dir.resolve("tool/zhedition.jsa")), "the first build made the class-data archive");

        Path article = project.resolve("content/articles/deepseek-shock.md");
        Files.writeString(article, Files.readString(article).replace("script: zh-Hant", "script: zh-TW"));
        Ran bad = java("", "build", "--root", project.toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith("error: " + article + ":"), bad.err());
        assertTrue(bad.err().contains("unknown script 'zh-TW'\n  How to fix: ") && bad.err().endsWith("site/ was not changed.\n"),
                bad.err());
        assertFalse(bad.err().contains("Exception") || bad.err().contains("\tat ") || bad.err().contains("warning"), bad.err());
    }

    @Test
    void convertReadsStandardInputAndNewWritesAnArticleThatBuilds() throws Exception {
        Path project = TestProjects.copyOfFixture(dir.resolve("project"));
        Ran c = java("北京的一部智慧型手機的螢幕上顯示「高階晶片」\n", "convert", "--to", "zh-Hans", "--root", project.toString());
        assertEquals(0, c.status(), c.err());
        assertEquals("北京的一部智能手机的屏幕上显示“高端芯片”\n", c.out());
        assertTrue(Files.isRegularFile(dir.resolve("tool/zhedition-convert.jsa")), "the first convert made its class-data archive");
        assertFalse(Files.exists(dir.resolve("tool/zhedition.jsa")), "convert leaves the build's archive to a build");
        Ran again = java("北京的一部智慧型手機的螢幕上顯示「高階晶片」\n", "convert", "--to", "zh-Hans", "--root", project.toString());
        assertEquals(c, again, "the same with the archive mapped");

        Ran n = java("", "new", "chip-exports", "--title", "晶片出口", "--root", project.toString());
        assertEquals(0, n.status(), n.err());
        Ran b = java("", "build", "--root", project.toString());
        assertEquals(0, b.status(), b.err());
        assertTrue(Files.readString(project.resolve("site/zh-Hans/chip-exports.html")).contains("芯片出口"));
    }

    /** Stopping the tool (Ctrl+C, kill) stops the JVM it started for the command too. */
    @Test
    void stoppingTheToolStopsTheServer() throws Exception {
        Path project = TestProjects.copyOfFixture(dir.resolve("project"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "serve", "--port", "0", "--root", project.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.startsWith("Serving ")) {
                // the build's summary comes first
            }
            assertTrue(line != null && line.contains(" at http://127.0.0.1:"), "serving: " + line);
            List<ProcessHandle> children = p.descendants().toList();
            assertEquals(1, children.size(), "the command runs in one child JVM");
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertTrue(children.get(0).onExit().get(30, TimeUnit.SECONDS) != null && !children.get(0).isAlive(),
                    "the serving JVM is gone too");
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
