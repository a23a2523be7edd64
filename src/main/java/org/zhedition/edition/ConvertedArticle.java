package org.zhedition.edition;

import org.zhedition.script.Converter;
import org.zhedition.script.InlineMarkup;
import org.zhedition.script.EditionSpec;

import java.util.List;
import org.zhedition.content.Article;
import org.zhedition.content.Article.Emendation;
import org.zhedition.content.Article.Source;
import org.zhedition.markdown.Verbatim;

/**
 * An article in one edition's script: every text a reader sees is converted, nothing else, except
 * quotations of the source: the headline as first published ({@code source.headline}) and the
 * emendations' {@code was} (the source's words before the editor's change) stay as the source
 * wrote them, in the article's own script, in both editions (the page marks them with the
 * article's {@code lang}); a quotation converted into the other script would no longer quote.
 *
 * @param credits the article's credits line ({@code credits:}), converted
 * @param body    the Markdown body with prose converted and code, addresses and markup kept
 */
public record ConvertedArticle(Article article, EditionSpec edition, String title, String standfirst, String description,
        List<String> keywords, Source source, String credits, List<Emendation> emendations, String body) {

    public ConvertedArticle {
        keywords = List.copyOf(keywords);
        emendations = List.copyOf(emendations);
    }

    /** The convert stage for one article and edition. */
    public static ConvertedArticle of(Article a, Converter c) {
        Source s = a.source();
        return new ConvertedArticle(a, c.edition(),
                c.convert(a.title()),
                c.convert(a.standfirst()),
                c.convert(a.description()),
                a.keywords().stream().map(c::convert).toList(),
                new Source(c.convert(s.publication()), c.convert(s.author()), c.convert(s.column()),
                        InlineMarkup.asWritten(s.headline(), a.script()),
                        s.url()),
                c.convert(a.credits()),
                a.emendations().stream().map(e -> new Emendation(c.convert(e.at()), InlineMarkup.asWritten(e.was(), a.script()),
                        c.convert(e.now()), c.convert(e.note()))).toList(),
                Verbatim.convertText(a.body(), c::convert));
    }

    /** The same without its body: what the home page and glossary need once the pages are written. */
    public ConvertedArticle withoutBody() {
        return new ConvertedArticle(article, edition, title, standfirst, description, keywords, source, credits, emendations, "");
    }
}
