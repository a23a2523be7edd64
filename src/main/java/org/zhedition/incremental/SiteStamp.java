package org.zhedition.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import org.zhedition.input.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Decides whether a build has nothing to do: the inputs are exactly those of the last successful
 * build, and {@code site/} is exactly what that build left there.
 *
 * <p>The inputs' key covers every file under {@code content/} and {@code templates/} (path,
 * length and CRC-32C of its bytes), the generator (its jar's or class files' path, length and
 * modification time) and the runtime (vendor, version, architecture). The site is checked by its
 * files' metadata only (path, length, modification time, file identity), never by reading them: a
 * page edited, added or removed by hand in {@code site/} changes them, and then the ordinary build
 * runs and repairs it. Anything this class does not understand (a link or a device among the
 * inputs or in the site, a stamp of another format, an unreadable file) means "changed", so the
 * ordinary build decides.
 *
 * <p>The stamp lives in {@code .cache/site.stamp}, with what the build reported (counts, warnings,
 * details) so that a build that does nothing says the same as the build it stands for.
 *
 * <p>Known limit: the stamp is recorded just after the new site is swapped in, outside the build
 * lock. Should a second build of other inputs run its whole course in that instant, the stamp
 * would name the first build's inputs beside the second's site; a later build of exactly the
 * first inputs would then keep that site. {@code build --full} always builds.
 */
public final class SiteStamp {
    static final String FORMAT = "zhedition-site-stamp 1";
    private static final String FILE = "site.stamp";

    /** What the last build reported: its counts, warnings and details, replayed when nothing changed. */
    public record Recorded(Map<String, Long> counts, List<String> warnings, List<String> details) {
    }

    private final Path root;
    /** Null when the inputs cannot be keyed (a link among them): never up to date. */
    private final String key;
    /** Each input file's length and CRC-32C as keyed, by path; empty when the inputs cannot be keyed. */
    private final Map<Path, String> sums;

    private SiteStamp(Path root, String key, Map<Path, String> sums) {
        this.root = root;
        this.key = key;
        this.sums = Map.copyOf(sums);
    }

    /**
     * Each file under {@code content/} and {@code templates/} (by its path under the root given
     * to {@link #take}) as this stamp keyed it: length and CRC-32C of its bytes, read when the
     * stamp was taken. The build's cache keys its articles by them ({@link BuildCache#open(Path,
     * Path, Path, Map)}) instead of reading every input again. Empty when the inputs could not
     * be keyed.
     */
    public Map<Path, String> inputSums() {
        return sums;
    }

    /**
     * The key of the project's inputs now. Taken before the build reads any of them, so that a
     * file saved during the build makes the next build run again.
     */
    public static SiteStamp take(Path root) {
        MessageDigest d = Sha256.digest();
        Fingerprint.update(d, FORMAT);
        Map<Path, String> sums = new HashMap<>();
        try {
            inputs(d, root, "content", sums);
            inputs(d, root, "templates", sums);
            generator(d);
        } catch (IOException | UncheckedIOException | NotKeyable e) {
            return new SiteStamp(root, null, Map.of());
        }
        return new SiteStamp(root, HexFormat.of().formatHex(d.digest()), sums);
    }

    /**
     * What the last build reported, when it was made from these very inputs and {@code site/}
     * still holds exactly the files it left; empty when a build has work to do.
     */
    public Optional<Recorded> upToDate() {
        if (key == null) {
            return Optional.empty();
        }
        Path file = stampFile();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            Map<String, String> recorded = new TreeMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                recorded.put(in.readUTF(), in.readUTF());
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                counts.put(in.readUTF(), in.readLong());
            }
            List<String> warnings = strings(in);
            List<String> details = strings(in);
            Optional<Map<String, String>> now = site(root.resolve("site"));
            if (now.isEmpty() || !now.get().equals(recorded)) {
                return Optional.empty();
            }
            return Optional.of(new Recorded(counts, warnings, details));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that {@code site/} as it is now was built from the inputs keyed when this stamp was
     * taken, with what the build reported. Called after the new site is in place.
     */
    public void record(Recorded report) {
        if (key == null) {
            return;
        }
        Optional<Map<String, String>> site = site(root.resolve("site"));
        if (site.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(key);
            out.writeInt(site.get().size());
            for (Map.Entry<String, String> e : site.get().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.writeInt(report.counts().size());
            for (Map.Entry<String, Long> e : new TreeMap<>(report.counts()).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            strings(out, report.warnings());
            strings(out, report.details());
        } catch (IOException | RuntimeException e) {
            return;  // a line too long for the stamp: the next build simply runs
        }
        Path file = stampFile();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            Files.write(tmp, bytes.toByteArray());
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // no stamp: the next build runs in full (incrementally)
        }
    }

    private Path stampFile() {
        return root.resolve(".cache").resolve(FILE);
    }

    /** A file the stamp cannot key: a link, a pipe, a device. */
    private static final class NotKeyable extends RuntimeException {
        NotKeyable() {
            super(null, null, false, false);
        }
    }

    /** Every file under {@code root/name}: relative path, length and CRC-32C of its bytes. */
    private static void inputs(MessageDigest d, Path root, String name, Map<Path, String> sums) throws IOException {
        Path dir = root.resolve(name);
        Fingerprint.update(d, name);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Fingerprint.update(d, "absent");
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotKeyable();
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                if (!a.isRegularFile()) {
                    throw new NotKeyable();
                }
                files.add(f);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        CRC32C crc = new CRC32C();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            crc.reset();
            crc.update(bytes);
            Fingerprint.update(d, dir.relativize(f).toString().replace('\\', '/') + "\t" + bytes.length + "\t" + crc.getValue());
            sums.put(f, bytes.length + "\t" + crc.getValue());
        }
    }

    /** The generator's code (path, length and time of its jar or class files) and the runtime. */
    private static void generator(MessageDigest d) throws IOException {
        Path code;
        try {
            code = Path.of(SiteStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException | IllegalArgumentException e) {
            throw new NotKeyable();
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(code)) {
            try (var s = Files.walk(code)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        } else {
            files.add(code);
        }
        for (Path f : files) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            Fingerprint.update(d, f.toAbsolutePath() + "\t" + a.size() + "\t" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
        for (String property : List.of("java.vendor", "java.version", "java.vm.version", "os.arch", "java.class.path")) {
            Fingerprint.update(d, property + "=" + System.getProperty(property, ""));
        }
    }

    /**
     * Every file of the site by relative path: its length, modification time and identity
     * (inode); empty when the site is missing or holds anything but folders and ordinary files.
     */
    private static Optional<Map<String, String>> site(Path site) {
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Map<String, String> out = new TreeMap<>();
        try {
            Files.walkFileTree(site, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (!a.isRegularFile()) {
                        throw new NotKeyable();
                    }
                    out.put(site.relativize(f).toString().replace('\\', '/'), a.size() + " "
                            + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + a.fileKey());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException | NotKeyable e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("corrupt stamp");
            }
            out.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        return out;
    }


}
