package org.zhedition.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.zhedition.input.ContentError;

/**
 * The lock that lets one build at a time write a project's site: an operating-system lock on a
 * file beside {@code site/} ({@code .site.lock}). The system releases it when the process that
 * holds it ends, however it ends (a crash, {@code kill -9}, a closed terminal), so no build can
 * leave the project locked; the file itself stays and means nothing when nobody holds it.
 *
 * <p>The system's lock belongs to the process, not to a thread, and on Linux closing any channel
 * to the file drops every lock the process holds on it. So builds in one Java process (a test's
 * threads, a preview) first queue on a semaphore per lock file, and only the one holding it opens
 * the file: that table mirrors the file system and is the only state kept beyond one build.
 */
final class BuildLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    /** One permit per lock file, for the builds of this process. */
    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();
    private final FileChannel channel;
    private final Semaphore permit;
    private boolean closed;

    private BuildLock(FileChannel channel, Semaphore permit) {
        this.channel = channel;
        this.permit = permit;
    }

    /**
     * Takes the lock, waiting up to {@code wait} for a build that holds it.
     *
     * @param site     the site being built, for the messages
     * @param warnings told once when the build starts waiting
     * @throws ContentError when another build still holds the lock after {@code wait}
     */
    static BuildLock acquire(Path file, Path site, Duration wait, Consumer<String> warnings) {
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore permit = IN_PROCESS.computeIfAbsent(key(file), k -> new Semaphore(1));
        boolean told = false;
        try {
            if (!permit.tryAcquire()) {
                told = true;
                warnings.accept("another build is running in " + where(site) + "; waiting for it to finish");
                if (!permit.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw busy(file, site, wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentError(file, 0, "stopped while waiting for another build in " + where(site),
                    "run the build again");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            permit.release();
            throw new ContentError(file, 0, "cannot create the build's lock file: " + SiteWriter.reason(e),
                    "check that you may write in " + file.toAbsolutePath().getParent());
        }
        try {
            while (true) {
                if (tryLock(channel)) {
                    return new BuildLock(channel, permit);
                }
                if (System.nanoTime() - deadline >= 0) {
                    break;
                }
                if (!told) {
                    warnings.accept("another build is running in " + where(site) + "; waiting for it to finish");
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            close(channel);
            permit.release();
            throw new ContentError(file, 0, "cannot lock " + file + ": " + SiteWriter.reason(e),
                    "check that you may write in " + file.toAbsolutePath().getParent());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            permit.release();
            throw new ContentError(file, 0, "stopped while waiting for another build in " + where(site),
                    "run the build again");
        }
        close(channel);
        permit.release();
        throw busy(file, site, wait);
    }

    private static ContentError busy(Path file, Path site, Duration wait) {
        return new ContentError(file, 0, "another build is running in " + where(site) + " (it holds " + file
                + ") and did not finish within " + wait.toSeconds() + " s",
                "wait for it to finish (a 'serve' in another terminal rebuilds on every save), or stop it, then build "
                        + "again; the lock goes with the process that holds it, so there is nothing to delete");
    }

    /** The same key for every spelling of the lock file's path. */
    private static Path key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return abs.getParent().toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;  // cannot happen while the semaphore is held; treated as busy
        }
    }

    private static String where(Path site) {
        Path parent = site.toAbsolutePath().normalize().getParent();
        return parent == null ? site.toString() : parent.toString();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            close(channel);
            permit.release();
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();  // releases the lock
        } catch (IOException e) {
            // nothing held any more
        }
    }
}
