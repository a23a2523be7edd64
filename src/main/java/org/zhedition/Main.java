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
import java.util.function.Supplier;
import org.zhedition.content.ContentError;
import org.zhedition.incremental.ArticleCache;
import org.zhedition.serve.Preview;
import org.zhedition.write.SiteWriter;

/**
 * Command line: {@code build} (content/ + templates/ → site/), {@code serve} (the editor's
 * preview: rebuild on save, serve on localhost), {@code convert} (try the build's conversion on
 * a sentence). Errors in the editor's input print as one plain message, never a
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
            usage: zhedition build   [--root DIR] [--report] [--full]   build DIR/site from DIR/content and DIR/templates
                                            (--full: ignore DIR/.cache and convert every article again)
                   zhedition serve   [--root DIR] [--port 8000]    build, serve DIR/site on localhost, rebuild on save
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
                Report r = build(o.root, !o.full, out, err, o.report);
                out.println(r.summary((int) r.count("files"), (System.nanoTime() - start) / 1_000_000));
                return 0;
            }
            case "serve" -> {
                Path root = o.root;
                Supplier<String> rebuild = () -> {
                    long start = System.nanoTime();
                    Report r = build(root, true, out, err, false);
                    return r.summary((int) r.count("files"), (System.nanoTime() - start) / 1_000_000);
                };
                try (Preview preview = Preview.start(root, o.port, rebuild, out, err)) {
                    out.println("Serving " + o.root.toAbsolutePath().normalize().resolve("site") + " at http://"
                            + preview.address() + "/ ; rebuilding on every save in content/ and templates/."
                            + " Stop with Ctrl+C.");
                    preview.awaitStop();
                }
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

    /**
     * Builds {@code root/site}, reusing unchanged articles from {@code root/.cache} when
     * {@code incremental}; prints warnings (and with {@code details} the full report).
     */
    static Report build(Path root, boolean incremental, PrintStream out, PrintStream err, boolean details) {
        ArticleCache cache = incremental ? ArticleCache.in(root.resolve(".cache").resolve("articles")) : null;
        // Written straight into a draft beside site/, swapped in only if the whole build succeeds.
        // Also takes the build lock: a second build of this project waits for this one.
        SiteWriter.Draft draft = SiteWriter.draft(root.resolve("site"), w -> err.println("warning: " + w));
        Report r;
        boolean committed = false;
        try {
            r = Build.run(root.resolve("content"), root.resolve("templates"), cache, draft);
            long t = System.nanoTime();
            r.count("files", draft.commit());
            committed = true;
            r.time("write", t);
        } finally {
            if (!committed) {
                draft.discard();  // the build failed (whatever was thrown): site/ stays as it was
            }
        }
        r.warnings().forEach(w -> err.println("warning: " + w));
        if (details) {
            r.details().forEach(out::println);
            r.stageMillis().forEach((k, v) -> out.printf(java.util.Locale.ROOT, "time %-9s %8.1f ms%n", k, v));
            out.println("articles converted " + r.count("converted") + ", reused from .cache " + r.count("reused")
                    + "; pages and e-books kept from the previous site for " + r.count("pages kept"));
        }
        return r;
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
        boolean full;
        int port = 8000;
        String to;
        String article;

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--root" -> o.root = Path.of(value(args, ++i, arg));
                    case "--report" -> o.report = true;
                    case "--full" -> o.full = true;
                    case "--port" -> o.port = port(value(args, ++i, arg));
                    case "--to" -> o.to = value(args, ++i, arg);
                    case "--article" -> o.article = value(args, ++i, arg);
                    default -> throw new UsageError("unknown option '" + arg + "'");
                }
            }
            return o;
        }

        private static int port(String text) {
            try {
                int p = Integer.parseInt(text);
                if (p >= 0 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageError("--port needs a number from 0 to 65535, not '" + text + "'");
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new UsageError(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
