package org.zhedition;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;
import org.zhedition.markdown.Markdown;
import org.zhedition.markdown.Verbatim;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Converter;
import org.zhedition.script.InlineMarkup;
import org.zhedition.script.Script;

/**
 * {@code convert}: lets an editor check how a sentence will read, with exactly the converter,
 * rules and punctuation the build uses (an article's own rules and punctuation too, with
 * {@code --article}). The input is read as Markdown, as an article body is: code and addresses
 * stay as written, as they do on the page. Without {@code --article} the input is taken to be
 * Traditional, like the site's own texts.
 */
final class ConvertCommand {
    private ConvertCommand() {
    }

    static String convert(Path contentDir, String to, String slug, String text) {
        Script script = Script.fromTag(to).orElseThrow(() -> new Main.UsageError("unknown edition '" + to + "'"));
        Content content = ContentLoader.load(contentDir);
        Document document = Markdown.parse(text);
        InlineMarkup.rulesInMarkdown(text, document, Path.of("<stdin>"), 1);
        Converter converter = Edition.converter(content, script, slug == null ? null : article(content, slug),
                new ConversionLog());
        return Verbatim.convertText(text, document, converter::convert);
    }

    private static Article article(Content content, String slug) {
        return content.articles().stream().filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new Main.UsageError("no article '" + slug + "' in " + content.root()));
    }
}
