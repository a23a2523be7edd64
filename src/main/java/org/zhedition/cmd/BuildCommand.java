package org.zhedition.cmd;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.zhedition.build.Build;
import org.zhedition.build.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code build}: content/ and templates/ → site/, swapped in only when the whole build succeeded. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Zhedition.Version.class,
        description = {"Builds DIR/site from DIR/content and DIR/templates.",
            "Only articles that changed since the last build are converted again (see DIR/.cache).",
            "On a mistake in the content, prints where and how to fix it, exits with status 1, and leaves site/ as it was."})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Zhedition app;

    @Mixin
    ProjectRoot root;

    @Option(names = "--report", description = "also print the full build report: every conversion rule and glossary term"
            + " with its count, every repaired character, the time of each stage")
    boolean report;

    @Option(names = "--full", description = "ignore DIR/.cache and convert every article again")
    boolean full;

    @Override
    public Integer call() {
        app.out.println(build(root.dir, !full, report, app.out, app.err));
        return 0;
    }

    /**
     * Ends a plain {@code build} or {@code build --root DIR} at once when nothing changed since
     * the last build ({@link Build#upToDate}): prints what the build would print and returns true.
     * The jar's first JVM asks this before starting the tuned one ({@link FastStart}), so a build
     * with nothing to do costs one plain JVM start.
     */
    static boolean upToDate(String[] args, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Path root;
        if (args.length == 1 && args[0].equals("build")) {
            root = Path.of("");
        } else if (args.length == 3 && args[0].equals("build") && args[1].equals("--root") && !args[2].startsWith("-")) {
            root = Path.of(args[2]);
        } else if (args.length == 2 && args[0].equals("build") && args[1].startsWith("--root=") && args[1].length() > 7) {
            root = Path.of(args[1].substring(7));
        } else {
            return false;
        }
        Optional<Report> r;
        try {
            r = Build.upToDate(root);
        } catch (RuntimeException e) {
            return false;  // the build itself says what is wrong
        }
        if (r.isEmpty()) {
            return false;
        }
        r.get().warnings().forEach(w -> err.println("warning: " + w));
        out.println(r.get().summary((System.nanoTime() - start) / 1_000_000));
        return true;
    }

    /**
     * Builds {@code root/site}; prints the warnings (and with {@code details} the full report);
     * returns the one-line summary. {@code serve} rebuilds with this too.
     */
    static String build(Path root, boolean incremental, boolean details, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Report r = Build.site(root, incremental, w -> err.println("warning: " + w));
        r.warnings().forEach(w -> err.println("warning: " + w));
        if (details) {
            r.details().forEach(out::println);
            r.stageMillis().forEach((k, v) -> out.printf(Locale.ROOT, "time %-9s %8.1f ms%n", k, v));
            out.println("articles converted " + r.count("converted") + ", reused from .cache " + r.count("reused")
                    + "; linted " + r.count("linted") + ", lint warnings reused from .cache "
                    + (r.count("articles") - r.count("linted"))
                    + "; pages and e-books kept from the previous site for " + r.count("pages kept"));
        }
        return r.summary((System.nanoTime() - start) / 1_000_000);
    }
}
