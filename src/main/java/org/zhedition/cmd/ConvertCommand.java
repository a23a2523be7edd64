package org.zhedition.cmd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
        String text;
        try {
            text = new String(app.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only what conversion needs: the site's settings and rules, and the one article asked for.
        Content content = ContentLoader.loadForConversion(root.dir.resolve("content"), article);
        EditionSpec script = content.site().editions().stream().filter(e -> e.id().equalsIgnoreCase(to)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown edition '" + to + "': write --to "
                        + String.join(" or --to ", content.site().editions().stream().map(EditionSpec::id).toList())));
        Path stdin = Path.of("<stdin>");
        List<Verbatim.Stretch> prose = Verbatim.prose(text, stdin, 1);
        InlineMarkup.rulesInProse(text, prose, stdin, 1);
        Converter converter = Edition.converter(content, script, article == null ? null : article(content),
                new ConversionLog());
        // As bytes: printing a long String goes through the stream's encoder a character at a
        // time; String.getBytes encodes in bulk (the stream is UTF-8).
        byte[] converted = Verbatim.convertText(text, prose, converter::convert).getBytes(StandardCharsets.UTF_8);
        app.out.write(converted, 0, converted.length);
        app.out.flush();
        return 0;
    }

    private Article article(Content content) {
        return content.articles().stream().findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "no article '" + article + "' in " + content.root()));
    }
}
