package org.zhedition.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "only site/ remains");
        }
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
        assertFalse(Files.exists(dir.resolve(".site.new")), "a discarded draft is gone and stays gone");
    }
}
