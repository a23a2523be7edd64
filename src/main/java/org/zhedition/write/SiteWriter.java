package org.zhedition.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.SortedMap;

/**
 * Writes the finished site: into a fresh folder beside {@code site/}, then swapped in, so a build
 * that fails (or is interrupted) never leaves a half-written site and the previous one survives.
 * Files are written in parallel, and a page that did not change is hard-linked from the previous
 * site rather than written again.
 */
public final class SiteWriter {
    /** A fixed modification time, so archives of {@code site/} are reproducible too. */
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private SiteWriter() {
    }

    /**
     * Replaces {@code site} with exactly {@code files} (relative path → bytes).
     *
     * @return the number of files written
     */
    public static int replace(Path site, SortedMap<String, byte[]> files) {
        Path parent = site.toAbsolutePath().normalize().getParent();
        Path fresh = parent.resolve("." + site.getFileName() + ".new");
        Path old = parent.resolve("." + site.getFileName() + ".old");
        try {
            delete(fresh);
            delete(old);
            Files.createDirectories(fresh);
            for (String path : files.keySet()) {
                Path p = fresh.resolve(path).normalize();
                if (!p.startsWith(fresh)) {
                    throw new IllegalArgumentException("page path leaves the site: " + path);
                }
                Files.createDirectories(p.getParent());
            }
            files.entrySet().parallelStream().forEach(e -> write(site.resolve(e.getKey()), fresh.resolve(e.getKey()),
                    e.getValue()));
            if (Files.exists(site)) {
                move(site, old);
            }
            move(fresh, site);
            delete(old);
            return files.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + site + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one file. When the current site already has the same bytes at that path, the new
     * file is a hard link to it: creating and filling a new file costs far more than comparing,
     * and after an edit most pages are unchanged.
     */
    private static void write(Path current, Path target, byte[] bytes) {
        try {
            if (Files.isRegularFile(current) && Files.size(current) == bytes.length
                    && Arrays.equals(Files.readAllBytes(current), bytes)) {
                try {
                    Files.createLink(target, current);
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    // no hard links here: write the file
                }
            }
            Files.write(target, bytes);
            Files.setLastModifiedTime(target, EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree if it exists. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
