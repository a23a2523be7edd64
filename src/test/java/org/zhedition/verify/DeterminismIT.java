package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content builds to the same bytes whatever the machine: two builds in separate JVMs
 * with different time zones, locales and default charsets, from copies whose files were created
 * in opposite orders, give identical site/ trees. (CI also compares the committed site/ with a
 * fresh build.)
 */
class DeterminismIT {
    @Test
    void sameBytesAcrossTimeZonesLocalesAndFileOrder(@TempDir Path dir) {
        Project a = project(dir.resolve("a"), false);
        Project b = project(dir.resolve("b"), true);

        Project.Run ra = a.buildInChild("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=UTF-8");
        Project.Run rb = b.buildInChild("-Duser.timezone=America/Adak", "-Duser.language=zh", "-Duser.country=TW",
                "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=UTF-8");
        assertEquals(0, ra.status(), ra.err());
        assertEquals(0, rb.status(), rb.err());

        SortedMap<String, String> ha = Project.hashes(a.site());
        SortedMap<String, String> hb = Project.hashes(b.site());
        assertFalse(ha.isEmpty());
        assertEquals(ha.keySet(), hb.keySet(), "the two builds wrote different files");
        for (String f : ha.keySet()) {
            assertEquals(ha.get(f), hb.get(f), () -> f + " differs between the two builds");
        }
    }

    /** A copy of the fixture project, its files created in name or reverse order. */
    private static Project project(Path dir, boolean reversed) {
        Project p = Project.copyOfFixture(dir, reversed);
        // A second article, so that the order of articles matters too.
        String article = p.read(p.article());
        p.write("content/articles/" + (reversed ? "a-copy.md" : "z-copy.md"), article);
        p.write("content/articles/" + (reversed ? "z-copy.md" : "a-copy.md"), article);
        if (!Files.isDirectory(p.content())) {
            throw new IllegalStateException("no content copied");
        }
        return p;
    }
}
