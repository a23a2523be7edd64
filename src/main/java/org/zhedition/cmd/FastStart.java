package org.zhedition.cmd;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes {@code java -jar zhedition.jar} start as fast as the tuned command line, without the
 * editor choosing any JVM option. A manifest cannot set JVM options, so the first JVM (started
 * plainly, with the JIT's full tiers and G1) only starts the tool again in a second one with the
 * options that win for a run of a second or two: the client compiler only
 * ({@code -XX:TieredStopAtLevel=1}), the serial collector, and an AppCDS archive of the tool's own
 * classes ({@code zhedition.jsa} beside the jar). Java 17 has no {@code -XX:+AutoCreateSharedArchive}
 * (Java 19), so the archive is made here: the first {@code build} after the jar changed runs with
 * {@code -XX:ArchiveClassesAtExit}, later runs map it. {@code convert} makes and maps one of its
 * own ({@code zhedition-convert.jsa}) the same way.
 *
 * <p>Only a {@code -jar} start is relaunched: with {@code -cp} the caller chose its own options.
 * Options given to the first JVM (before {@code -jar}) are passed on after ours, so they win;
 * {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS} reach the second JVM through the
 * environment. {@code -Dzhedition.relaunch=false} runs everything in the first JVM.
 *
 * <p>A plain {@code build} with nothing changed since the last one is answered in the first JVM
 * ({@link BuildCommand#upToDate}): starting a second would cost more than the whole answer.
 */
public final class FastStart {
    /** Set on the second JVM, so it runs the command rather than starting a third. */
    private static final String RELAUNCHED = "zhedition.relaunched";
    /** The options that start the build fastest on small and large sites alike (see BENCHMARKS.md). */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");

    private FastStart() {
    }

    /**
     * Runs the command line in a tuned JVM and exits with its status, when this JVM was started
     * with {@code java -jar}; otherwise returns and the caller runs the command here.
     */
    public static void relaunchIfNeeded(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED) || "false".equals(System.getProperty("zhedition.relaunch"))) {
            return;
        }
        Optional<Path> jar = jar();
        Optional<List<String>> jvmOptions = jvmOptionsBeforeJar();
        if (jar.isEmpty() || jvmOptions.isEmpty()) {
            return;
        }
        // A build with nothing to do is over before a second JVM would have started.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (BuildCommand.upToDate(args, out, err)) {
            System.exit(0);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        Path archive = archive(jar.get(), args);
        Path dumping = null;
        if (usable(archive, jar.get())) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (archives(args) && Files.isWritable(archive.getParent())) {
            dumping = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + dumping);
        }
        // An archive that does not fit after all (a jar copied with its old time) is ignored: say nothing.
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.addAll(jvmOptions.get());
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-cp");
        command.add(jar.get().toString());
        command.add("org.zhedition.Main");
        command.addAll(List.of(args));
        int status;
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // Stopped (Ctrl+C, kill): stop the tool too, never leave it running alone.
            Thread stop = new Thread(() -> {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(stop);
            status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IOException | InterruptedException e) {
            return;  // cannot start a second JVM: run in this one
        }
        if (dumping != null) {
            keep(dumping, archive, status == 0);
        }
        System.exit(status);
    }

    /**
     * A run whose classes make an archive: a {@code build} (not its help), or a {@code convert}
     * that is read without picocli ({@link ConvertCommand#fast}), whose classes are few and
     * different from a build's.
     */
    private static boolean archives(String[] args) {
        List<String> a = List.of(args);
        return !a.isEmpty() && a.get(0).equals("build")
                && a.stream().noneMatch(x -> List.of("-h", "--help", "-V", "--version").contains(x))
                || ConvertCommand.fast(args).isPresent();
    }

    /** The archive beside the jar: {@code zhedition.jsa} for {@code zhedition.jar}. */
    static Path archive(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /**
     * The archive for this command line: {@code convert} has its own
     * ({@code zhedition-convert.jsa}), made by its first run after the jar changed, so that
     * neither command's archive lacks the other's classes; every other command maps the build's.
     */
    static Path archive(Path jar, String[] args) {
        Path build = archive(jar);
        if (args.length == 0 || !args[0].equals(ConvertCommand.NAME)) {
            return build;
        }
        String name = build.getFileName().toString();
        return build.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + "-" + ConvertCommand.NAME + ".jsa");
    }

    /** An archive made after the jar was (and by this Java): the JVM checks it again and ignores one that does not fit. */
    private static boolean usable(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(
                            Path.of(System.getProperty("java.home"), "lib", "modules"))) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void keep(Path dumped, Path archive, boolean ok) {
        try {
            if (ok && Files.isRegularFile(dumped)) {
                try {
                    Files.move(dumped, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(dumped, archive, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.deleteIfExists(dumped);
            }
        } catch (IOException e) {
            // no archive this time: the next build makes one
        }
    }

    /** The jar this class was loaded from, if it was. */
    private static Optional<Path> jar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The options this JVM was started with before {@code -jar}; empty when it was not started with {@code -jar}. */
    private static Optional<List<String>> jvmOptionsBeforeJar() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        for (String a : arguments.get()) {
            if (a.equals("-jar")) {
                return Optional.of(options);
            }
            options.add(a);
        }
        return Optional.empty();
    }
}
