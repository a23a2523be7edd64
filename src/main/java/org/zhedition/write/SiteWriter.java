package org.zhedition.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.zhedition.input.ContentError;

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
     * through here. The draft holds the build lock (see {@link #draft(Path, Consumer, Duration)}).
     *
     * @param warnings told what the build should say without failing (a leftover it cannot remove)
     * @return what {@code build} returned
     */
    public static <T> T write(Path site, Consumer<String> warnings, Function<? super Output, T> build) {
        Draft draft = draft(site, warnings);
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

    /** As {@link #write(Path, Consumer, Function)}, dropping warnings. */
    public static <T> T write(Path site, Function<? super Output, T> build) {
        return write(site, warning -> { }, build);
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

    /** As {@link #draft(Path, Consumer, Duration)}, dropping warnings, waiting {@link #LOCK_WAIT}. */
    public static Draft draft(Path site) {
        return draft(site, warning -> { }, LOCK_WAIT);
    }

    /** As {@link #draft(Path, Consumer, Duration)}, waiting {@link #LOCK_WAIT} for another build. */
    public static Draft draft(Path site, Consumer<String> warnings) {
        return draft(site, warnings, LOCK_WAIT);
    }

    /**
     * Starts a new site beside {@code site}; nothing visible changes until {@link Draft#commit()}.
     *
     * <p>Holds the build lock ({@code .site.lock} beside {@code site/}) until the draft is committed
     * or discarded, so that two builds of one project (an editor's {@code serve} and a
     * {@code mvn package} in another terminal) never write one site at once: the second waits up
     * to {@code wait} for the first, then stops with a message. The lock is the operating
     * system's: it goes with the process that held it, however that process ended, so a crash
     * can never leave the project locked. Drafts and old sites that a crashed build left behind
     * are removed here, under the lock; one that cannot be removed is reported and ignored.
     *
     * @param warnings told what the build should say without failing (a leftover it cannot remove)
     */
    public static Draft draft(Path site, Consumer<String> warnings, Duration wait) {
        Path abs = site.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        String name = abs.getFileName().toString();
        BuildLock lock = BuildLock.acquire(parent.resolve("." + name + ".lock"), site, wait, warnings);
        try {
            removeLeftovers(parent, name, warnings);
            Path fresh = createFolder(parent, "." + name + DRAFT);
            return new Draft(abs, fresh, lock, warnings);
        } catch (IOException e) {
            lock.close();
            throw new ContentError(site, 0, "cannot start a new site beside " + site + ": " + reason(e),
                    "check that you may write in " + parent + " and that the disk is not full");
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Marks a draft folder beside the site ({@code .site-draft-…}). */
    private static final String DRAFT = "-draft-";
    /** Marks the previous site while it is being removed ({@code .site-old-…}). */
    private static final String OLD = "-old-";
    /** How long a build waits for another build of the same project before it stops. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    /**
     * Deletes drafts and old sites that crashed or killed builds left beside {@code site/}
     * (also those of earlier versions, {@code .site.new} and {@code .site.old}). Called under the
     * lock, so none of them belongs to a running build.
     */
    private static void removeLeftovers(Path parent, String name, Consumer<String> warnings) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(parent)) {
            leftovers = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("." + name + DRAFT) || n.startsWith("." + name + OLD)
                        || n.equals("." + name + ".new") || n.equals("." + name + ".old");
            }).sorted().toList();
        }
        for (Path leftover : leftovers) {
            try {
                delete(leftover);
            } catch (IOException e) {
                warnings.accept("cannot remove " + leftover + ", left by an earlier build (" + reason(e)
                        + "); it is not part of the site: remove it by hand when you can");
            }
        }
    }

    /** A new, empty folder beside the site with a name no other folder has. */
    private static Path createFolder(Path parent, String prefix) throws IOException {
        if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // createTempDirectory would make it private (rwx------), and it becomes site/.
            return Files.createTempDirectory(parent, prefix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        return Files.createTempDirectory(parent, prefix);
    }

    /** The operating system's reason, without Java's exception names. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException d) {
            return d.getFile() + ": folder not empty";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A site being written file by file, as the build finishes them, into a folder beside
     * {@code site/}: swapped in by {@link #commit()}, or deleted by {@link #discard()} when the
     * build fails, leaving the previous site as it was.
     */
    public static final class Draft implements Output {
        private final Path site;
        private final Path fresh;
        private final BuildLock buildLock;
        private final Consumer<String> warnings;
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        /** Writes hold the read lock; {@link #discard()} takes the write lock, so no write outlives it. */
        private final ReadWriteLock lock = new ReentrantReadWriteLock();
        private boolean closed;

        private Draft(Path site, Path fresh, BuildLock buildLock, Consumer<String> warnings) {
            this.site = site;
            this.fresh = fresh;
            this.buildLock = buildLock;
            this.warnings = warnings;
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
                        if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS) || Files.size(current) != e.getValue().length()
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
                    if (!link(target, current)) {
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

        /**
         * Swaps the new site in for the old one; returns the number of files written. The swap is
         * two renames, the last step that can fail: when the second fails, the old site is
         * renamed back. Removing the old site afterwards is best effort: a file that cannot be
         * removed (immutable, or owned by another user) leaves it behind with a warning, and the
         * next build tries again; it never stops a build.
         */
        public int commit() {
            close();
            try {
                Path old = null;
                try {
                    if (Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                        old = unusedName(site.resolveSibling("." + site.getFileName() + OLD));
                        move(site, old);
                    }
                    try {
                        move(fresh, site);
                    } catch (IOException e) {
                        if (old != null) {
                            move(old, site);
                        }
                        throw e;
                    }
                } catch (IOException e) {
                    throw new ContentError(site, 0, "cannot put the new site in place of " + site + ": " + reason(e),
                            "check that you may write in " + site.getParent() + " and in " + site
                                    + " (a file there owned by another user, e.g. after 'sudo mvn package', "
                                    + "or a program holding it open on Windows)");
                }
                if (old != null) {
                    try {
                        delete(old);
                    } catch (IOException e) {
                        warnings.accept("the new site is in place, but the previous one could not be removed from "
                                + old + " (" + reason(e) + "); it is not part of the site: remove it by hand when you can");
                    }
                }
                return written.size();
            } finally {
                discard();
            }
        }

        /** Deletes what was written, once every write in progress has finished; the previous site is untouched. */
        public void discard() {
            close();
            try {
                delete(fresh);
            } catch (IOException e) {
                // Left behind; the next build deletes it first.
            } finally {
                buildLock.close();
            }
        }

        /** {@code base} followed by a number no file beside it has; called under the build lock. */
        private static Path unusedName(Path base) {
            for (int n = 1; ; n++) {
                Path p = base.resolveSibling(base.getFileName() + Integer.toString(n));
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    return p;
                }
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
            if (Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS) && Files.size(current) == bytes.length
                    && Arrays.equals(Files.readAllBytes(current), bytes) && link(target, current)) {
                return;
            }
            Files.write(target, bytes);
            Files.setLastModifiedTime(target, EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code target} a hard link to the current site's {@code current}, the one way an
     * unchanged file goes into the new site; false where hard links are not available (the
     * caller then writes or copies the file).
     */
    private static boolean link(Path target, Path current) {
        try {
            Files.createLink(target, current);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree if it exists (a symbolic link in it is removed, never followed). */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
