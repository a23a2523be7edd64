package org.zhedition.cmd;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;
import org.zhedition.markdown.Verbatim;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Converter;
import org.zhedition.script.InlineMarkup;
import org.zhedition.script.EditionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code convert}: lets an editor check how a sentence will read, with exactly the converter,
 * rules and punctuation the build uses (an article's own rules and punctuation too, with
 * {@code --article}). The input is read as Markdown, as an article body is: code and addresses
 * stay as written, as they do on the page. Without {@code --article} the input is taken to be
 * Traditional, like the site's own texts.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Zhedition.Version.class,
        description = {"Converts standard input (Markdown) to one edition's script, exactly as the build does:"
                + " the site's conversion rules and punctuation, and with --article that article's own."})
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    Zhedition app;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectRoot root;

    @Option(names = "--to", required = true, paramLabel = "EDITION",
            description = "the edition to convert to: an id site.yaml lists (zh-Hans, zh-Hant, zh-TW …)")
    String to;

    @Option(names = "--article", paramLabel = "SLUG",
            description = "also apply the rules and punctuation of content/articles/SLUG.md")
    String article;

    @Override
    public Integer call() {
        return convert(to, root.dir, article, app.in, app.out, message -> new ParameterException(spec.commandLine(), message));
    }

    /**
     * The command's work, the same whether picocli parsed the command line or {@link #fast} did:
     * converts {@code in} into the edition {@code edition} (an id site.yaml lists) and prints it to
     * {@code out}.
     *
     * @param usage makes the exception for a mistake on the command line (an unknown edition or article)
     */
    static int convert(String edition, Path root, String article, InputStream in, PrintStream out,
            Function<String, RuntimeException> usage) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only what conversion needs: the site's settings and rules, and the one article asked for.
        Content content = ContentLoader.loadForConversion(root.resolve("content"), article);
        EditionSpec script = content.site().editions().stream().filter(e -> e.id().equalsIgnoreCase(edition)).findFirst()
                .orElseThrow(() -> usage.apply("unknown edition '" + edition + "': write --to "
                        + String.join(" or --to ", content.site().editions().stream().map(EditionSpec::id).toList())));
        Path stdin = Path.of("<stdin>");
        List<Verbatim.Stretch> prose = Verbatim.prose(text, stdin, 1);
        InlineMarkup.rulesInProse(text, prose, stdin, 1);
        Converter converter = Edition.converter(content, script, article == null ? null : article(content, article, usage),
                new ConversionLog());
        // As bytes: printing a long String goes through the stream's encoder a character at a
        // time; String.getBytes encodes in bulk (the stream is UTF-8).
        byte[] converted = Verbatim.convertText(text, prose, converter::convert).getBytes(StandardCharsets.UTF_8);
        out.write(converted, 0, converted.length);
        out.flush();
        return 0;
    }

    /** The edition, the project folder and the article of a {@code convert} command line. */
    record Arguments(String edition, Path root, String article) {
    }

    /**
     * The command line {@code convert --to TAG [--article SLUG] [--root DIR]} (each option once,
     * as {@code --opt value} or {@code --opt=value}, in any order) read without picocli, whose
     * model of every command costs more to build than converting a sentence; empty for anything
     * else (help, version, a mistake, an unknown edition, a value that starts with {@code -} or
     * {@code @}), which picocli then reads and answers. {@code ConvertCommandTest} checks that
     * both read the same.
     */
    static Optional<Arguments> fast(String[] args) {
        if (args.length < 3 || !args[0].equals(NAME)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (!OPTIONS.contains(name) || value.isEmpty() || value.startsWith("-") || value.startsWith("@")
                    || values.putIfAbsent(name, value) != null) {
                return Optional.empty();
            }
        }
        String edition = values.get("--to");
        if (edition == null || !EDITION.matcher(edition).matches()) {
            return Optional.empty();
        }
        String root = values.get("--root");
        return Optional.of(new Arguments(edition, root == null ? Path.of("") : Path.of(root), values.get("--article")));
    }

    static final String NAME = "convert";
    /** What an edition's id looks like (site.yaml's editions are known only once content/ is read). */
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> OPTIONS = Set.of("--to", "--article", "--root");

    private static Article article(Content content, String slug, Function<String, RuntimeException> usage) {
        return content.articles().stream().findFirst()
                .orElseThrow(() -> usage.apply("no article '" + slug + "' in " + content.root()));
    }
}
