package org.zhedition.incremental;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.zhedition.content.Article;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Rule;
import org.zhedition.write.FileSum;

/**
 * An incremental build's cache: the {@link ArticleCache} files, looked up under the
 * {@link Fingerprint}s taken when the build started. An article with no key (its file appeared
 * after the keys were taken) is neither reused nor recorded.
 */
final class IncrementalCache implements BuildCache {
    private final ArticleCache files;
    private final Fingerprint fingerprint;
    private final String templatesKey;
    private final Path contentDir;
    private final Map<Path, String> sums;
    /** Each article's page key, worked out once (it reads the article's images) when its pages are looked up. */
    private final Map<String, String> pageKeys = new ConcurrentHashMap<>();

    IncrementalCache(ArticleCache files, Fingerprint fingerprint, String templatesKey, Path contentDir, Map<Path, String> sums) {
        this.files = files;
        this.fingerprint = fingerprint;
        this.templatesKey = templatesKey;
        this.contentDir = contentDir;
        this.sums = sums;
    }

    @Override
    public Optional<ArticleCache.Hit> article(Article article, Map<String, Edition> editions, List<Rule> siteRules) {
        String key = fingerprint.of(article);
        return key == null ? Optional.empty() : files.get(article, key, editions, siteRules);
    }

    @Override
    public boolean putArticle(Article article, Map<String, EditionArticle> editions, ConversionLog log) {
        String key = fingerprint.of(article);
        if (key == null) {
            return false;
        }
        files.put(article, key, editions, log);
        return true;
    }

    @Override
    public Optional<Map<String, FileSum>> pages(Article article, List<String> shown, Set<String> made) {
        String own = Fingerprint.pages(fingerprint.of(article), templatesKey, article, contentDir, sums);
        if (own == null) {
            return Optional.empty();
        }
        List<String> parts = new java.util.ArrayList<>(List.of(own));
        parts.addAll(shown);
        String key = Fingerprint.hash(parts);
        pageKeys.put(article.slug(), key);
        // A record that does not list exactly the article's files is not trusted.
        return files.pages(article.slug(), key).filter(r -> r.keySet().equals(made));
    }

    @Override
    public void putPages(Article article, Map<String, FileSum> made) {
        String key = pageKeys.remove(article.slug());
        if (key != null) {
            files.putPages(article.slug(), key, made);
        }
    }

    @Override
    public Optional<List<String>> lint(Article article) {
        String key = fingerprint.lint(article);
        return key == null ? Optional.empty() : files.lint(article.slug(), key);
    }

    @Override
    public void putLint(Article article, List<String> warnings) {
        String key = fingerprint.lint(article);
        if (key != null) {
            files.putLint(article.slug(), key, warnings);
        }
    }

    @Override
    public void keepOnly(Set<String> slugs) {
        files.keepOnly(slugs);
    }
}
