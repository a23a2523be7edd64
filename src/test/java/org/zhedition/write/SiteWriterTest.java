package org.zhedition.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.input.ContentError;

class SiteWriterTest {
    private static TreeMap<String, byte[]> files(String... pathsAndTexts) {
        TreeMap<String, byte[]> m = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void replacesTheWholeSiteAndLeavesNoTemporaryFolders(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.replace(site, files("a.html", "1", "old/b.html", "2"));
        SiteWriter.replace(site, files("a.html", "3", "zh-Hant/c.html", "4"));
        assertEquals("3", Files.readString(site.resolve("a.html")));
        assertEquals("4", Files.readString(site.resolve("zh-Hant/c.html")));
        assertFalse(Files.exists(site.resolve("old")), "files of the previous build are gone");
        assertEquals(List.of(".site.lock", "site"), names(dir), "only site/ and the lock file remain");
    }

    @Test
    void refusesPathsThatLeaveTheSiteAndKeepsThePreviousSite(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.replace(site, files("a.html", "1"));
        assertThrows(IllegalArgumentException.class, () -> SiteWriter.replace(site, files("../evil.html", "x")));
        assertEquals("1", Files.readString(site.resolve("a.html")));
        assertFalse(Files.exists(dir.resolve("evil.html")));
    }

    /** A second write of one path could go through a hard link into the live site: refused. */
    @Test
    void aDraftRefusesAPathTwiceAndAnyWriteOnceDiscarded(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.replace(site, files("a.html", "1"));
        SiteWriter.Draft draft = SiteWriter.draft(site);
        draft.put("a.html", "1".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> draft.put("a.html", "2".getBytes(StandardCharsets.UTF_8)));
        draft.discard();
        assertThrows(IllegalStateException.class, () -> draft.put("b.html", "3".getBytes(StandardCharsets.UTF_8)));
        assertEquals("1", Files.readString(site.resolve("a.html")), "the live site is untouched");
        assertEquals(List.of(".site.lock", "site"), names(dir), "a discarded draft is gone and stays gone");
    }

    /** Everything in {@code dir}, sorted by name. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A second build waits for the first; when the first holds on too long it stops with a message. */
    @Test
    void aSecondBuildWaitsForTheLockThenStopsWithAMessage(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.replace(site, files("a.html", "1"));
        SiteWriter.Draft first = SiteWriter.draft(site);
        List<String> warnings = new ArrayList<>();
        try {
            ContentError e = assertThrows(ContentError.class,
                    () -> SiteWriter.draft(site, warnings::add, Duration.ofMillis(300)));
            assertTrue(e.getMessage().contains("another build is running in " + dir.toAbsolutePath()), e.getMessage());
            assertTrue(e.getMessage().contains("How to fix:"), e.getMessage());
            assertTrue(warnings.stream().anyMatch(w -> w.contains("waiting for it to finish")), warnings.toString());
        } finally {
            first.discard();
        }
        // Released: the next build gets it at once.
        SiteWriter.draft(site, warnings::add, Duration.ZERO).discard();
        assertEquals("1", Files.readString(site.resolve("a.html")));
    }

    /**
     * Many builds at once: each gets the lock in turn, so site/ is always exactly one build's
     * files, never a mixture or a half-swapped folder, and nothing is left beside it.
     */
    @Test
    void buildsAtOnceTakeTurnsAndSiteIsAlwaysOneWholeBuild(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                List<Future<Integer>> builds = new ArrayList<>();
                for (int b = 0; b < 4; b++) {
                    TreeMap<String, byte[]> f = new TreeMap<>();
                    for (int i = 0; i < 30 + b; i++) {
                        f.put("d" + (i % 3) + "/p" + i + ".html", ("build " + b + " page " + i).getBytes(StandardCharsets.UTF_8));
                    }
                    builds.add(pool.submit(() -> SiteWriter.replace(site, f)));
                }
                for (Future<Integer> f : builds) {
                    f.get(60, TimeUnit.SECONDS);
                }
                List<String> pages;
                try (Stream<Path> s = Files.walk(site)) {
                    pages = s.filter(Files::isRegularFile).map(p -> site.relativize(p).toString()).sorted().toList();
                }
                int count = pages.size();
                assertTrue(count >= 30 && count <= 33, "a whole build's files: " + count);
                int b = count - 30;
                for (String page : pages) {
                    String text = Files.readString(site.resolve(page));
                    assertTrue(text.startsWith("build " + b + " "), page + " is from another build than the rest: " + text);
                }
                assertEquals(List.of(".site.lock", "site"), names(dir), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Drafts and old sites of a build that crashed (or was killed) are removed by the next one. */
    @Test
    void leftoversOfACrashedBuildAreRemoved(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.replace(site, files("a.html", "1"));
        for (String leftover : List.of(".site-draft-123", ".site-old-4", ".site.new", ".site.old")) {
            Files.createDirectories(dir.resolve(leftover).resolve("zh-Hant"));
            Files.writeString(dir.resolve(leftover).resolve("zh-Hant/x.html"), "half");
        }
        SiteWriter.replace(site, files("a.html", "2"));
        assertEquals(List.of(".site.lock", "site"), names(dir));
        assertEquals("2", Files.readString(site.resolve("a.html")));
    }

    /**
     * A file in the old site that cannot be removed (immutable, or in a folder owned by another
     * user after one 'sudo mvn package'): the new site is in place, the old one is left with a
     * warning, and every later build works too.
     */
    @Test
    void anUnremovableFileInTheOldSiteIsAWarningNotAFailure(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.replace(site, files("a.html", "1", "zh-Hant/glossary.html", "g"));
        Path stuck = site.resolve("zh-Hant/glossary.html");
        Unremovable pin = Unremovable.make(stuck);
        try {
            for (int build = 2; build <= 3; build++) {
                List<String> warnings = new ArrayList<>();
                SiteWriter.Draft d = SiteWriter.draft(site, warnings::add);
                d.put("a.html", String.valueOf(build).getBytes(StandardCharsets.UTF_8));
                d.put("zh-Hant/glossary.html", ("g" + build).getBytes(StandardCharsets.UTF_8));
                assertEquals(2, d.commit());
                assertEquals(String.valueOf(build), Files.readString(site.resolve("a.html")));
                assertEquals("g" + build, Files.readString(site.resolve("zh-Hant/glossary.html")));
                assertTrue(warnings.stream().anyMatch(w -> w.contains("remove it by hand")), warnings.toString());
            }
        } finally {
            pin.undo();
        }
        SiteWriter.replace(site, files("a.html", "4"));
        assertEquals(List.of(".site.lock", "site"), names(dir), "removed once it can be");
    }

    /** A file made unremovable: chattr +i as root (root ignores permissions), a read-only folder otherwise. */
    record Unremovable(Path file, boolean immutable) {
        static Unremovable make(Path file) throws IOException {
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                Assumptions.assumeTrue(run("chattr", "+i", file.toString()) == 0, "chattr +i is not available");
            } else {
                Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            Unremovable u = new Unremovable(file, root);
            try {
                Files.delete(file);
                Files.writeString(file, "g");
                u.undo();
                Assumptions.abort("this file system lets " + file + " be removed anyway");
            } catch (IOException expected) {
                // unremovable, as wanted
            }
            return u;
        }

        /** Makes the file (wherever a build moved it) removable again. */
        void undo() throws IOException {
            Path top = file.getParent().getParent().getParent();
            try (Stream<Path> s = Files.walk(top)) {
                for (Path p : s.filter(p -> p.getFileName().toString().equals(file.getFileName().toString())
                        || p.getFileName().toString().equals(file.getParent().getFileName().toString())).toList()) {
                    if (immutable) {
                        run("chattr", "-i", p.toString());
                    } else if (Files.isDirectory(p)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }

        private static int run(String... command) {
            try {
                return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}
