package org.zhedition.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * What every file the build reads from {@code content/} or {@code templates/} must be: an
 * ordinary file, whose real place (after following symbolic links) is inside the folder it is
 * read from, and not larger than a limit. Anything else is a {@link ContentError} naming the
 * file:
 *
 * <ul>
 * <li>a symbolic link is followed only to a file inside the same folder ({@code content/} or
 *     {@code templates/}, wherever those really are): a link to {@code /etc/passwd}, to a secret
 *     in {@code .git/} or to a file of another project would otherwise be published;
 * <li>a folder, a named pipe (FIFO), a device ({@code /dev/zero}) or a socket is never opened: its
 *     type is read first, without following links, so that nothing can make a build wait forever
 *     or read without end;
 * <li>a link that leads nowhere (missing target, or a loop) is reported as such.
 * </ul>
 */
public final class InputFile {
    /** The largest text file (article, glossary, settings, template): far beyond any article. */
    public static final long TEXT_LIMIT = 8L << 20;
    /** The largest image or asset: a page and an e-book carry it. */
    public static final long BINARY_LIMIT = 32L << 20;

    private InputFile() {
    }

    /**
     * The bytes of {@code file}, checked as above.
     *
     * @param within the folder the file must really be in ({@code content/} or {@code templates/})
     * @param limit  the largest size accepted, in bytes
     */
    public static byte[] read(Path file, Path within, long limit) {
        Path real = check(file, within, limit);
        try (InputStream in = Files.newInputStream(real)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(file, limit);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Checks {@code file} without reading it; returns its real path.
     *
     * @throws ContentError when it is not an ordinary file inside {@code within} of at most {@code limit} bytes
     */
    public static Path check(Path file, Path within, long limit) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ContentError(file, 0, "file not found", "create it, or check the name (upper and lower case differ)");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new ContentError(file, 0, "a symbolic link to a file that does not exist",
                    "replace the link with the file itself, or remove it");
        } catch (FileSystemException e) {
            if (own.isSymbolicLink() || String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("symbolic")) {
                throw new ContentError(file, 0, "a symbolic link that leads nowhere (" + reason(e) + "), e.g. a link to itself",
                        "replace the link with the file itself, or remove it");
            }
            throw unreadable(file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        Path home = realFolder(within);
        if (!real.startsWith(home)) {
            throw new ContentError(file, 0, "a symbolic link to " + real + ", outside " + within
                    + " (the build reads only files inside it, so that a link cannot publish a file from elsewhere)",
                    "copy the file into " + within + " instead of linking to it");
        }
        BasicFileAttributes attrs;
        try {
            attrs = own.isSymbolicLink() ? Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : own;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (attrs.isDirectory()) {
            throw new ContentError(file, 0, "a folder where a file is expected",
                    "rename or remove the folder " + file.getFileName() + " (only files may have this name)");
        }
        if (!attrs.isRegularFile()) {
            throw new ContentError(file, 0, "not an ordinary file (a named pipe, device or socket), which the build never opens",
                    "replace it with an ordinary file, or remove it");
        }
        if (attrs.size() > limit) {
            throw tooLarge(file, limit);
        }
        return real;
    }

    /** The real path of a folder, or the folder as given when it cannot be resolved (the check then fails safe). */
    private static Path realFolder(Path within) {
        try {
            return within.toRealPath();
        } catch (IOException e) {
            return within.toAbsolutePath().normalize();
        }
    }

    private static ContentError tooLarge(Path file, long limit) {
        return new ContentError(file, 0, "the file is larger than " + (limit >> 20) + " MB, the most the build reads",
                "make it smaller (split a long article; save a photo at web size, e.g. 2000 pixels wide)");
    }

    private static ContentError unreadable(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ContentError(file, 0, "cannot read the file: permission denied",
                    "make it readable (e.g. chmod a+r " + file + ")");
        }
        return new ContentError(file, 0, "cannot read the file: " + reason(e), "check that it is an ordinary, readable file");
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
