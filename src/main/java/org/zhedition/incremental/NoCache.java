package org.zhedition.incremental;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhedition.content.Article;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Rule;
import org.zhedition.write.FileSum;

/** A full build's cache: reuses nothing, records nothing, reads and writes no file. */
enum NoCache implements BuildCache {
    INSTANCE;

    @Override
    public Optional<ArticleCache.Hit> article(Article article, Map<String, Edition> editions, List<Rule> siteRules) {
        return Optional.empty();
    }

    @Override
    public boolean putArticle(Article article, Map<String, EditionArticle> editions, ConversionLog log) {
        return false;
    }

    @Override
    public Optional<Map<String, FileSum>> pages(Article article, List<String> shown, Set<String> files) {
        return Optional.empty();
    }

    @Override
    public void putPages(Article article, Map<String, FileSum> files) {
    }

    @Override
    public Optional<List<String>> lint(Article article) {
        return Optional.empty();
    }

    @Override
    public void putLint(Article article, List<String> warnings) {
    }

    @Override
    public void keepOnly(Set<String> slugs) {
    }
}
