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
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Writes the site: into a fresh folder beside {@code site/}, file by file as the build finishes
 * them, then swapped in, so a build that fails (or is interrupted) never leaves a half-written
 * site and the previous one survives.
 * Files are written in parallel, and a page that did not change is hard-linked from the previous
 * site rather than written again.
 */
public final class SiteWriter {
    /** A fixed modification time, so archives of {@code site/} are reproducible too. */
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private SiteWriter() {
    }

    /**
     * The one way a site is published: {@code build} writes every file into a draft beside
     * {@code site} (as it finishes them); when it returns, the draft is swapped in for the old
     * site; when it throws (whatever it throws), the draft is deleted and {@code site} is left
     * exactly as it was. The command's build, the preview's rebuilds and the tests all go
     * through here.
     *
     * @return what {@code build} returned
     */
    public static <T> T write(Path site, Function<? super Output, T> build) {
        Draft draft = draft(site);
        boolean committed = false;
        try {
            T result = build.apply(draft);
            draft.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                draft.discard();
            }
        }
    }

    /**
     * Replaces {@code site} with exactly {@code files} (relative path → bytes).
     *
     * @return the number of files written
     */
    public static int replace(Path site, SortedMap<String, byte[]> files) {
        write(site, out -> {
            files.entrySet().parallelStream().forEach(e -> out.put(e.getKey(), e.getValue()));
            return null;
        });
        return files.size();
    }

    /** Starts a new site beside {@code site}; nothing visible changes until {@link Draft#commit()}. */
    static Draft draft(Path site) {
        Path parent = site.toAbsolutePath().normalize().getParent();
        Path fresh = parent.resolve("." + site.getFileName() + ".new");
        try {
            delete(fresh);
            Files.createDirectories(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fresh + ": " + e.getMessage(), e);
        }
        return new Draft(site, fresh);
    }

    /**
     * A site being written file by file, as the build finishes them, into a folder beside
     * {@code site/}: swapped in by {@link #commit()}, or deleted by {@link #discard()} when the
     * build fails, leaving the previous site as it was.
     */
    public static final class Draft implements Output {
        private final Path site;
        private final Path fresh;
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        /** Writes hold the read lock; {@link #discard()} takes the write lock, so no write outlives it. */
        private final ReadWriteLock lock = new ReentrantReadWriteLock();
        private boolean closed;

        private Draft(Path site, Path fresh) {
            this.site = site;
            this.fresh = fresh;
        }

        /**
         * Writes one file of the new site.
         *
         * @throws IllegalArgumentException when the path leaves the site
         * @throws IllegalStateException    when the path was written before (a second write could
         *                                  go through a hard link into the current site), or the
         *                                  draft was committed or discarded
         */
        @Override
        public void put(String path, byte[] bytes) {
            Path target = fresh.resolve(path).normalize();
            if (!target.startsWith(fresh) || target.equals(fresh)) {
                throw new IllegalArgumentException("page path leaves the site: " + path);
            }
            lock.readLock().lock();
            try {
                if (closed) {
                    throw new IllegalStateException("the draft of " + site + " is closed; not writing " + path);
                }
                if (!written.add(path)) {
                    throw new IllegalStateException("two files of the site have the same path: " + path);
                }
                Files.createDirectories(target.getParent());
                write(site.resolve(path), target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            } finally {
                lock.readLock().unlock();
            }
        }

        /**
         * Keeps files of the current site in the new one (hard-linked, or copied where links are
         * not available) when each has exactly the expected length and CRC-32C. Each is read to
         * check it: reading is far cheaper than rendering, and a file edited by hand in
         * {@code site/} is then made again rather than kept.
         */
        @Override
        public boolean keep(Map<String, FileSum> expected) {
            lock.readLock().lock();
            try {
                if (closed) {
                    throw new IllegalStateException("the draft of " + site + " is closed");
                }
                for (Map.Entry<String, FileSum> e : expected.entrySet()) {
                    Path current = site.resolve(e.getKey());
                    try {
                        if (!Files.isRegularFile(current) || Files.size(current) != e.getValue().length()
                                || !FileSum.of(Files.readAllBytes(current)).equals(e.getValue())) {
                            return false;
                        }
                    } catch (IOException ex) {
                        return false;
                    }
                }
                for (String path : expected.keySet()) {
                    Path target = fresh.resolve(path).normalize();
                    if (!target.startsWith(fresh) || !written.add(path)) {
                        throw new IllegalStateException("cannot keep " + path + ": outside the site or written twice");
                    }
                    Files.createDirectories(target.getParent());
                    Path current = site.resolve(path);
                    try {
                        Files.createLink(target, current);
                    } catch (UnsupportedOperationException | IOException ex) {
                        Files.copy(current, target);
                        Files.setLastModifiedTime(target, EPOCH);
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + fresh + ": " + e.getMessage(), e);
            } finally {
                lock.readLock().unlock();
            }
        }

        /** Swaps the new site in for the old one; returns the number of files written. */
        public int commit() {
            close();
            Path old = fresh.resolveSibling("." + site.getFileName() + ".old");
            try {
                delete(old);
                if (Files.exists(site)) {
                    move(site, old);
                }
                move(fresh, site);
                delete(old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + site + ": " + e.getMessage(), e);
            }
            return written.size();
        }

        /** Deletes what was written, once every write in progress has finished; the previous site is untouched. */
        public void discard() {
            close();
            try {
                delete(fresh);
            } catch (IOException e) {
                // Left behind; the next build deletes it first.
            }
        }

        private void close() {
            lock.writeLock().lock();
            try {
                closed = true;
            } finally {
                lock.writeLock().unlock();
            }
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
