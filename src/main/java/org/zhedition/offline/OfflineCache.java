package org.zhedition.offline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.zhedition.input.Sha256;
import org.zhedition.site.SiteLayout;
import org.zhedition.render.Templates;
import org.zhedition.write.FileSum;

/**
 * The service worker ({@code sw.js} at the site root) that keeps the hosted site readable
 * offline after one visit: it stores every file of the site when it installs.
 *
 * <p>The list of files and the cache version are generated from the finished site, so the
 * worker never misses a page and a new build (any byte changed) replaces the old cache. The
 * version is a hash of the files, not a time, so two builds of the same input give the same
 * {@code sw.js}.
 */
public final class OfflineCache {
    /** The worker's file name; it sits at the site root so that its scope is the whole site. */
    public static final String FILE = SiteLayout.SERVICE_WORKER;

    private OfflineCache() {
    }

    /** Renders {@code sw.js} for {@code site} (every other file: path relative to site/ → its sum). */
    public static byte[] serviceWorker(Templates templates, SortedMap<String, FileSum> site) {
        List<String> cached = cachedFiles(site);
        return templates.render("sw.peb", Map.of("version", version(site, cached), "files", cached))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the worker stores: everything a reader opens. Left out: the worker itself, files for
     * machines ({@code sitemap.xml} and its parts on a very large site, {@code .nojekyll}) and the 404 page, which only the host serves.
     */
    static List<String> cachedFiles(SortedMap<String, ?> site) {
        List<String> out = new ArrayList<>();
        for (String path : site.keySet()) {
            if (!path.equals(FILE) && !path.startsWith(".") && !SiteLayout.isSitemap(path) && !path.equals(SiteLayout.NOT_FOUND)) {
                out.add(path);
            }
        }
        return out;
    }

    /**
     * Twelve hex digits of SHA-256 over each cached file's path, length and CRC-32C, in path order.
     * A changed file changes the version unless its new bytes have the same length and CRC-32C,
     * a chance of one in four billion. Hashing every byte with SHA-256 instead took seconds on a
     * large site (the e-books and pages of 1,000 articles are 300 MB); CRC-32C runs in the
     * processor's own instructions.
     */
    static String version(SortedMap<String, FileSum> site, List<String> cached) {
        MessageDigest sha = Sha256.digest();
        ByteBuffer sums = ByteBuffer.allocate(Long.BYTES * 2);
        for (String path : cached) {
            FileSum sum = site.get(path);
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sums.clear().putLong(sum.length()).putLong(sum.crc()).array());
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }
}
