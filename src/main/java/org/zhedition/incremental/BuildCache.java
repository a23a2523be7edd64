package org.zhedition.incremental;

import java.nio.file.Path;
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

/**
 * What one build may reuse from earlier builds, and records for later ones: each article's
 * products (converted, parsed, annotated, rendered), its pages and e-books, and its lint warnings. A full build
 * uses {@link #none()}, which reuses and records nothing; an incremental one
 * {@link #open(Path, Path, Path)}.
 */
public interface BuildCache {
    /** The article's products from an earlier build, when its inputs did not change. */
    Optional<ArticleCache.Hit> article(Article article, Map<String, Edition> editions, List<Rule> siteRules);

    /** Records the article's products; whether anything was recorded. */
    boolean putArticle(Article article, Map<String, EditionArticle> editions, ConversionLog log);

    /**
     * The article's pages and e-books as an earlier build made them (path → length and CRC-32C),
     * when their inputs did not change (the article, its images, the templates, and what its
     * pages show of other articles, {@code shown}) and the record lists exactly {@code files}.
     */
    Optional<Map<String, FileSum>> pages(Article article, List<String> shown, Set<String> files);

    /** Records the article's pages and e-books as this build made them. */
    void putPages(Article article, Map<String, FileSum> files);

    /**
     * The article's lint warnings as an earlier build printed them, when neither its file (path
     * and bytes) nor the generator changed since.
     */
    Optional<List<String>> lint(Article article);

    /** Records the article's lint warnings as this build printed them. */
    void putLint(Article article, List<String> warnings);

    /** Forgets every article but these, so that the cache does not grow forever. */
    void keepOnly(Set<String> slugs);

    /** A full build: nothing reused, nothing recorded. */
    static BuildCache none() {
        return NoCache.INSTANCE;
    }

    /**
     * The cache in {@code dir} for a build of {@code contentDir} and {@code templatesDir}. The keys
     * are taken now, before the build reads its inputs: a file saved in between makes a key that
     * the next build does not find (more work), never stale output under a current key.
     */
    static BuildCache open(Path dir, Path contentDir, Path templatesDir) {
        return open(dir, contentDir, templatesDir, Map.of());
    }

    /**
     * As {@link #open(Path, Path, Path)}, each input file found in {@code sums} (those of
     * {@link SiteStamp#inputSums()}, taken before the build reads its inputs) keyed by its length
     * and CRC-32C instead of being read again.
     */
    static BuildCache open(Path dir, Path contentDir, Path templatesDir, Map<Path, String> sums) {
        return new IncrementalCache(ArticleCache.in(dir), Fingerprint.of(contentDir, sums),
                Fingerprint.templates(templatesDir, sums), contentDir, sums);
    }
}
