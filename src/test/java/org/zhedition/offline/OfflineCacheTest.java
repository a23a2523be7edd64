package org.zhedition.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.zhedition.write.FileSum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineCacheTest {
    private static SortedMap<String, byte[]> site() {
        SortedMap<String, byte[]> s = new TreeMap<>();
        for (String p : List.of(".nojekyll", "404.html", "index.html", "assets/style.css", "zh-Hant/a.html",
                "zh-Hant/a.epub", "sitemap.xml", "sitemap-1.xml", "sitemap-12.xml", "sw.js", "parallel/a.html")) {
            s.put(p, p.getBytes(StandardCharsets.UTF_8));
        }
        return s;
    }

    private static SortedMap<String, FileSum> sums(SortedMap<String, byte[]> files) {
        SortedMap<String, FileSum> out = new TreeMap<>();
        files.forEach((path, bytes) -> out.put(path, FileSum.of(bytes)));
        return out;
    }

    @Test
    void theWorkerKeepsEveryPageAndAssetButNotTheFilesForMachines() {
        assertEquals(List.of("assets/style.css", "index.html", "parallel/a.html", "zh-Hant/a.epub", "zh-Hant/a.html"),
                OfflineCache.cachedFiles(site()));
    }

    /** Any one changed byte in any cached file gives a new version; the same files the same one. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theVersionFollowsEveryByte(long seed) {
        Random random = new Random(seed);
        SortedMap<String, byte[]> a = site();
        List<String> cached = OfflineCache.cachedFiles(a);
        String before = OfflineCache.version(sums(a), cached);
        assertEquals(before, OfflineCache.version(sums(site()), OfflineCache.cachedFiles(site())));
        String path = cached.get(random.nextInt(cached.size()));
        byte[] changed = a.get(path).clone();
        changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
        a.put(path, changed);
        assertNotEquals(before, OfflineCache.version(sums(a), cached), path);
    }

    @Test
    void fileNamesAreSafeJsonInsideAScript() {
        // Escaped by the template (Pebble's "json" strategy), not by hand.
        SortedMap<String, byte[]> site = new java.util.TreeMap<>();
        site.put("a\"b\\c</script>\n\u2028字.html", new byte[] {1});
        String worker = new String(OfflineCache.serviceWorker(org.zhedition.render.Templates.load(org.zhedition.TestProjects.templates()),
                sums(site)), java.nio.charset.StandardCharsets.UTF_8);
        String files = worker.substring(worker.indexOf("var FILES = "), worker.indexOf("];", worker.indexOf("var FILES = ")) + 2);
        assertEquals("var FILES = [\"./\",\n  \"a\\\"b\\\\c<\\/script>\\n\\u2028\\u5B57.html\"];", files);
    }
}
