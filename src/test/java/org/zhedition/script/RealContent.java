package org.zhedition.script;

import java.nio.file.Path;
import org.zhedition.TestProjects;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;

/** The repository's own content/ and its article, converted the way the build converts them. */
final class RealContent {
    static final String SLUG = "deepseek-shock";

    private RealContent() {
    }

    static Path dir() {
        return TestProjects.repository().resolve("content");
    }

    static Content content() {
        return ContentLoader.load(dir());
    }

    static Article article(Content content) {
        return content.articles().stream().filter(a -> a.slug().equals(SLUG)).findFirst().orElseThrow();
    }

    /** The article in one edition, through the build's own path (Edition → converter → ConvertedArticle). */
    static ConvertedArticle convert(Script edition, ConversionLog log) {
        Content content = content();
        return ConvertedArticle.of(article(content), Edition.of(content, edition, log).converter(article(content)));
    }
}
