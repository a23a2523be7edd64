package org.zhedition.script;

import org.zhedition.script.EditionSpec;

import org.zhedition.edition.ConvertedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;

/** A content/ folder written by a test: site.yaml, conversion.txt and one article {@code a.md}. */
record TinySite(Path root) {
    static final String FRONT = "---\ntitle: 標題\nstandfirst: 導語\nscript: zh-Hant\ndate: 2025-01-28\nsource: {publication: 端}\n";

    TinySite write(String siteYaml, String rules, String frontMatterExtra, String body) {
        try {
            Files.createDirectories(root.resolve("articles"));
            Files.writeString(root.resolve("site.yaml"), "title: 測試\n" + siteYaml);
            Files.writeString(root.resolve("conversion.txt"), rules);
            Files.writeString(root.resolve("articles/a.md"), FRONT + frontMatterExtra + "---\n" + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Content load() {
        return ContentLoader.load(root);
    }

    /** The article's body in {@code edition}, as the build converts it. */
    String body(Script edition) {
        return article(edition).body();
    }

    ConvertedArticle article(Script edition) {
        Content c = load();
        EditionSpec spec = c.site().edition(edition.tag());
        return ConvertedArticle.of(c.articles().get(0), Edition.of(c, spec != null ? spec : EditionSpec.of(edition), new ConversionLog())
                .converter(c.articles().get(0)));
    }
}
