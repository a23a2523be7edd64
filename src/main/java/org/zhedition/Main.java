package org.zhedition;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhedition.content.ContentError;
import org.zhedition.write.SiteWriter;

/**
 * Command line: {@code build} (content/ + templates/ → site/), {@code convert} (try the build's
 * conversion on a sentence). Errors in the editor's input print as one plain message, never a
 * stack trace, and exit with status 1.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out, err);
        } catch (ContentError e) {
            err.println("error: " + e.getMessage());
            if (args.length > 0 && "build".equals(args[0])) {
                err.println("site/ was not changed.");
            }
            status = 1;
        } catch (UsageError e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            status = 2;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static final String USAGE = """
            usage: zhedition build   [--root DIR] [--report]     build DIR/site from DIR/content and DIR/templates
                   zhedition convert --to zh-Hans|zh-Hant [--root DIR] [--article SLUG]   convert standard input
            """;

    /** Runs a command; returns the exit status. Input errors are thrown as {@link ContentError}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with {@code convert} reading {@code in}. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        if (a.isEmpty()) {
            throw new UsageError("no command given");
        }
        String command = a.remove(0);
        Options o = Options.parse(a);
        switch (command) {
            case "build" -> {
                long start = System.nanoTime();
                Build.Result result = Build.run(o.root.resolve("content"), o.root.resolve("templates"));
                int n = SiteWriter.replace(o.root.resolve("site"), result.files());
                Report r = result.report();
                r.warnings().forEach(w -> err.println("warning: " + w));
                if (o.report) {
                    r.details().forEach(out::println);
                    r.stageMillis().forEach((k, v) -> out.printf(java.util.Locale.ROOT, "time %-9s %8.1f ms%n", k, v));
                }
                out.println(r.summary(n, (System.nanoTime() - start) / 1_000_000));
                return 0;
            }
            case "convert" -> {
                if (o.to == null) {
                    throw new UsageError("convert needs --to zh-Hans or --to zh-Hant");
                }
                try {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    out.print(ConvertCommand.convert(o.root.resolve("content"), o.to, o.article, text));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return 0;
            }
            default -> throw new UsageError("unknown command '" + command + "'");
        }
    }

    /** A mistake on the command line. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    private static final class Options {
        Path root = Path.of(""); // so that messages say content/…, not ./content/…
        boolean report;
        String to;
        String article;

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--root" -> o.root = Path.of(value(args, ++i, arg));
                    case "--report" -> o.report = true;
                    case "--to" -> o.to = value(args, ++i, arg);
                    case "--article" -> o.article = value(args, ++i, arg);
                    default -> throw new UsageError("unknown option '" + arg + "'");
                }
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new UsageError(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
