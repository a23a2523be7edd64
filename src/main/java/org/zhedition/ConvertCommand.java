package org.zhedition;

import java.nio.file.Path;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Converter;
import org.zhedition.script.InlineMarkup;
import org.zhedition.script.Script;

/**
 * {@code convert}: lets an editor check how a sentence will read, with exactly the converter,
 * rules and punctuation the build uses (an article's own rules too, with {@code --article}).
 */
final class ConvertCommand {
    private ConvertCommand() {
    }

    static String convert(Path contentDir, String to, String slug, String text) {
        Script script = Script.fromTag(to).orElseThrow(() -> new Main.UsageError("unknown edition '" + to + "'"));
        Content content = ContentLoader.load(contentDir);
        InlineMarkup.parse(text, Path.of("<stdin>"), 1);
        Edition edition = Edition.of(content, script, new ConversionLog());
        Article article = slug == null ? null : content.articles().stream().filter(a -> a.slug().equals(slug))
                .findFirst().orElseThrow(() -> new Main.UsageError("no article '" + slug + "' in " + contentDir));
        Converter c = article != null ? edition.converter(article) : edition.converter(
                new Article("stdin", Path.of("<stdin>"), Script.HANT, "-", "-", "", java.util.List.of(),
                        new Article.Source("-", "", "", ""), java.util.List.of(), java.util.List.of(), null, "-", 1));
        return c.convert(text);
    }
}
