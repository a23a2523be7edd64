package org.zhedition.script;

import java.util.List;
import org.zhedition.content.Article;
import org.zhedition.content.Article.Emendation;
import org.zhedition.content.Article.Source;
import org.zhedition.markdown.Verbatim;

/**
 * An article in one edition's script: every text a reader sees is converted, nothing else.
 *
 * @param credits the article's credits line ({@code credits:}), converted
 * @param body    the Markdown body with prose converted and code, addresses and markup kept
 */
public record ConvertedArticle(Article article, Script edition, String title, String standfirst, String description,
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
                new Source(c.convert(s.publication()), c.convert(s.author()), c.convert(s.column()), c.convert(s.headline()),
                        s.url()),
                c.convert(a.credits()),
                a.emendations().stream().map(e -> new Emendation(c.convert(e.at()), c.convert(e.was()),
                        c.convert(e.now()), c.convert(e.note()))).toList(),
                Verbatim.convertText(a.body(), c::convert));
    }

    /** The same without its body: what the home page and glossary need once the pages are written. */
    public ConvertedArticle withoutBody() {
        return new ConvertedArticle(article, edition, title, standfirst, description, keywords, source, credits, emendations, "");
    }
}
