package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.write.SiteWriter;

/**
 * Two builds of one project at once (an editor's {@code serve} rebuilding while
 * {@code mvn package} runs in another terminal): they take turns on the build lock, so after
 * both, site/ is exactly what one build of the current input makes, both report success (or the
 * waiting one says it waited), and nothing is left beside site/. Before the lock, both wrote the
 * one draft {@code .site.new} and 6 runs of 15 left site/ with 9 to 14 of its 17 files.
 */
class ConcurrentBuildIT {
    /** Builds in threads of this process, many times, each round after an edit. */
    @Test
    void buildsInThreadsTakeTurnsAndLeaveOneWholeSite(@TempDir Path dir) throws Exception {
        Project p = Project.copyOfFixture(dir.resolve("project"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 8; round++) {
                edit(p, round);
                Project reference = Project.copyOfFixture(dir.resolve("reference-" + round));
                Files.writeString(reference.root.resolve(p.article()), p.read(p.article()), StandardCharsets.UTF_8);
                reference.build();
                boolean incrementalFirst = round % 2 == 0;
                List<Future<?>> builds = List.of(
                        pool.submit(() -> HostileInputTest.build(p, incrementalFirst)),
                        pool.submit(() -> HostileInputTest.build(p, !incrementalFirst)));
                for (Future<?> b : builds) {
                    b.get(10, TimeUnit.MINUTES);  // both succeed: the second waited for the first
                }
                assertEquals(Project.hashes(reference.site()), Project.hashes(p.site()), "round " + round + ": site/ is one whole build");
                assertEquals(List.of(), HostileInputTest.leftovers(p), "round " + round);
                SiteWriter.delete(reference.root);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The real command in two processes at once, while this test holds the lock: both say
     * "another build is running in …" and wait, then both finish with status 0 and site/ is one
     * whole build of the current input.
     */
    @Test
    void twoProcessesWaitForTheLockThenBothFinish(@TempDir Path dir) throws Exception {
        Project p = Project.copyOfFixture(dir.resolve("project"));
        Project.Run first = p.buildInChild();
        assertEquals(0, first.status(), first.err());
        for (int round = 1; round <= 3; round++) {
            edit(p, round);
            Path[] err = {Files.createTempFile(dir, "err", ".txt"), Files.createTempFile(dir, "err", ".txt")};
            List<Process> builds = new ArrayList<>();
            SiteWriter.Draft holder = SiteWriter.draft(p.site());  // takes the lock, as a running build does
            try {
                for (int i = 0; i < 2; i++) {
                    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                            "org.zhedition.Main", "build", "--root", p.root.toString()));
                    if (i == 1) {
                        cmd.add("--full");
                    }
                    builds.add(new ProcessBuilder(cmd).redirectError(err[i].toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
                }
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (!(waiting(err[0]) && waiting(err[1])) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertTrue(waiting(err[0]) && waiting(err[1]), "both builds say they wait:\n" + Files.readString(err[0])
                        + Files.readString(err[1]));
            } finally {
                holder.discard();  // releases the lock
            }
            for (int i = 0; i < 2; i++) {
                assertTrue(builds.get(i).waitFor(5, TimeUnit.MINUTES), "build " + i + " finished");
                assertEquals(0, builds.get(i).exitValue(), Files.readString(err[i]));
                assertTrue(Files.readString(err[i]).contains("another build is running in " + p.root.toAbsolutePath()));
            }
            Project reference = Project.copyOfFixture(dir.resolve("reference-" + round));
            Files.writeString(reference.root.resolve(p.article()), p.read(p.article()), StandardCharsets.UTF_8);
            reference.build();
            SortedMap<String, String> expected = Project.hashes(reference.site());
            assertEquals(expected, Project.hashes(p.site()), "round " + round + ": site/ is one whole build");
            assertEquals(List.of(), HostileInputTest.leftovers(p), "round " + round);
            SiteWriter.delete(reference.root);
        }
    }

    private static boolean waiting(Path err) throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8).contains("another build is running in");
    }

    /** An editor's change: one more sentence in the article's last paragraph, different each round. */
    private static void edit(Project p, int round) {
        p.edit(p.article(), s -> s.stripTrailing() + "第" + round + "輪。\n");
    }
}
