package org.zhedition.script;

import org.zhedition.script.EditionSpec;

import org.zhedition.edition.ConvertedArticle;

import java.nio.file.Path;
import org.zhedition.TestProjects;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;

/** The fixture project's content/ and its article, converted the way the build converts them. */
final class FixtureContent {
    static final String SLUG = TestProjects.SLUG;

    private FixtureContent() {
    }

    static Path dir() {
        return TestProjects.fixtureContent();
    }

    static Content content() {
        return ContentLoader.load(dir());
    }

    static Article article(Content content) {
        return content.articles().stream().filter(a -> a.slug().equals(SLUG)).findFirst().orElseThrow();
    }

    /**
     * The article in one edition, through the build's own path (Edition → converter →
     * ConvertedArticle). {@code log} records the article's conversion only, not the site's own
     * texts (labels, glossary) that the edition converts when it is made.
     */
    static ConvertedArticle convert(Script edition, ConversionLog log) {
        Content content = content();
        Edition e = Edition.of(content, EditionSpec.of(edition), new ConversionLog());
        Edition articleOnly = new Edition(e.spec(), e.siteTitle(), e.tagline(), e.labels(), e.glossary(), e.annotator(),
                e.body(), e.parallelBody(), e.content(), log);
        return ConvertedArticle.of(article(content), articleOnly.converter(article(content)));
    }
}
