package org.zhedition.cmd;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.zhedition.input.ContentError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line, one class per command ({@link BuildCommand}, {@link ServeCommand},
 * {@link ConvertCommand}, {@link NewCommand}); picocli parses it. Exit status: 0 done, 1 a
 * mistake in the content (one message naming file and line, and how to fix it; never a stack
 * trace), 2 a mistake on the command line.
 */
@Command(name = "zhedition", mixinStandardHelpOptions = true, versionProvider = Zhedition.Version.class,
        description = "Builds a bilingual (Traditional / Simplified Chinese) annotated edition of Chinese articles:"
                + " content/ and templates/ in, a static site/ out.",
        subcommands = {BuildCommand.class, ServeCommand.class, ConvertCommand.class, NewCommand.class, LintCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:a mistake in the content (the message names the file and line)",
                "2:a mistake on the command line"},
        footer = {"", "Run 'zhedition COMMAND --help' for a command's options."})
public final class Zhedition implements Callable<Integer> {
    /** A mistake in the content or its files. */
    public static final int CONTENT_ERROR = 1;
    /** A mistake on the command line. */
    public static final int USAGE = 2;

    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    final Clock clock;

    @Spec
    CommandSpec spec;

    private Zhedition(InputStream in, PrintStream out, PrintStream err, Clock clock) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** No command: say so, and list them. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    /**
     * Runs one command line; returns the exit status.
     *
     * @param ansi whether help may be coloured: {@link Help.Ansi#AUTO} colours it only on a terminal
     * @param clock what {@code new} takes today's date from
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Help.Ansi ansi, Clock clock) {
        Optional<ConvertCommand.Arguments> convert = ConvertCommand.fast(args);
        if (convert.isPresent()) {
            return convert(convert.get(), args, in, out, err, ansi, clock);
        }
        return commandLine(in, out, err, ansi, clock).execute(args);
    }

    /**
     * {@code convert} with a plain command line, without building picocli's model of every
     * command: the same work ({@link ConvertCommand#convert}) and the same messages as
     * {@link #run} through picocli; the model is built only to report a mistake.
     */
    private static int convert(ConvertCommand.Arguments a, String[] args, InputStream in, PrintStream out,
            PrintStream err, Help.Ansi ansi, Clock clock) {
        try {
            return ConvertCommand.convert(a.edition(), a.root(), a.article(), in, out, Usage::new);
        } catch (ContentError | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return CONTENT_ERROR;
        } catch (Usage e) {
            CommandLine cl = commandLine(in, out, err, ansi, clock);
            return usageError(new ParameterException(cl.getSubcommands().get(ConvertCommand.NAME), e.getMessage()), args);
        }
    }

    /** A mistake on the command line found by {@link #convert}, reported as picocli reports one. */
    private static final class Usage extends RuntimeException {
        Usage(String message) {
            super(message, null, false, false);
        }
    }

    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err,
            Help.Ansi ansi, Clock clock) {
        Zhedition app = new Zhedition(in, out, err, clock);
        CommandLine cl = new CommandLine(app);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setColorScheme(Help.defaultColorScheme(ansi));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Zhedition::usageError);
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof ContentError || e instanceof UncheckedIOException) {
                err.println("error: " + e.getMessage());
                if (command.getCommand() instanceof BuildCommand) {
                    err.println("site/ was not changed.");
                }
                return CONTENT_ERROR;
            }
            throw e;  // a fault of the generator itself: its stack trace helps whoever fixes it
        });
        return cl;
    }

    /** As {@link #run}, with uncoloured help and the system clock: for tests and tools. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Help.Ansi.OFF, Clock.systemDefaultZone());
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Usage: " + cl.getHelp().synopsis(0).strip());
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return USAGE;
    }

    /** The version Maven wrote into {@code version.properties} (the pom's version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Zhedition.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing: build with Maven");
                }
                p.load(in);
            }
            return new String[] {"zhedition " + p.getProperty("version")};
        }
    }
}
