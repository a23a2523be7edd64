package org.zhedition;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.vladsch.flexmark.util.ast.Node;
import org.zhedition.content.Addresses;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentError;
import org.zhedition.content.ContentLoader;
import org.zhedition.content.InputFile;
import org.zhedition.content.Images;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.edition.PublishedArticle;
import org.zhedition.glossary.Note;
import org.zhedition.glossary.TermNode;
import org.zhedition.incremental.ArticleCache;
import org.zhedition.lint.Lint;
import org.zhedition.content.TextFile;
import org.zhedition.incremental.Fingerprint;
import org.zhedition.markdown.Figure;
import org.zhedition.markdown.Markdown;
import org.zhedition.offline.EpubBook;
import org.zhedition.offline.OfflineCache;
import org.zhedition.render.BodyRenderer.Block;
import org.zhedition.render.Pages;
import org.zhedition.render.Templates;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Converter;
import org.zhedition.script.ConvertedArticle;
import org.zhedition.script.Phrases;
import org.zhedition.script.Punctuation;
import org.zhedition.script.Rule;
import org.zhedition.script.Script;
import org.zhedition.write.FileSum;
import org.zhedition.write.Output;
import org.zhedition.write.SiteWriter;

/**
 * The whole build, top to bottom:
 *
 * <pre>
 * load content/ and templates/ (OpenCC's dictionaries load meanwhile, on another core)
 * for each article, in parallel:
 *     for each edition, in parallel:
 *         convert script → parse Markdown → annotate terms → render body   (or reuse the cached result)
 *     render its pages and e-books → out
 * render home, 404 and glossary pages → copy assets and images → service worker → out
 * </pre>
 *
 * Stages talk through immutable models. Files go to an {@link Output} as they are finished; the
 * command's output is a draft beside {@code site/} that is swapped in only when the build has
 * succeeded, so a bad input leaves the previous {@code site/} untouched. With an {@link ArticleCache}, an article
 * whose inputs have not changed since the last build is not converted, parsed or annotated again;
 * and when its pages' inputs (the article, the templates, its images) did not change either, its
 * pages and e-books are kept from the previous site if they are still there byte for byte. The
 * result is byte-identical to a full build (see {@code IncrementalBuildTest}).
 */
public final class Build {
    /** What a build produced: every file of the site, and what it did. */
    public record Result(SortedMap<String, byte[]> files, Report report) {
    }

    private Build() {
    }

    /** A full build: every article goes through every stage. */
    public static Result run(Path contentDir, Path templatesDir) {
        return run(contentDir, templatesDir, null);
    }

    /**
     * A build held in memory, for tests and tools that want every file at hand.
     *
     * @param cache earlier builds' article products, reused when an article's inputs did not
     *              change, and updated; null for a full build that reads and writes no cache
     */
    public static Result run(Path contentDir, Path templatesDir, ArticleCache cache) {
        SortedMap<String, byte[]> files = new ConcurrentSkipListMap<>();
        Report report = run(contentDir, templatesDir, cache, (path, bytes) -> {
            if (files.putIfAbsent(path, bytes) != null) {
                throw new IllegalStateException("two files of the site have the same path: " + path);
            }
        });
        return new Result(Collections.unmodifiableSortedMap(new TreeMap<>(files)), report);
    }

    /**
     * Builds {@code root/site} from {@code root/content} and {@code root/templates} through the
     * writer's draft ({@link SiteWriter#write}): the old site is replaced only when the whole
     * build succeeded. What {@code build}, {@code serve} and the tests run.
     *
     * @param incremental reuse unchanged articles from {@code root/.cache} (and update it);
     *                    false for a full build that reads and writes no cache
     * @param writer      told at once what the writer has to say while it works: above all that
     *                    another build holds the lock and this one waits (said when it starts
     *                    waiting, not after the build), and leftovers it could not remove
     */
    public static Report site(Path root, boolean incremental, Consumer<String> writer) {
        ArticleCache cache = incremental ? ArticleCache.in(root.resolve(".cache").resolve("articles")) : null;
        long[] built = new long[1];
        Report report = SiteWriter.write(root.resolve("site"), writer, out -> {
            Report r = run(root.resolve("content"), root.resolve("templates"), cache, out);
            built[0] = System.nanoTime();
            return r;
        });
        report.time("write", built[0]);
        return report;
    }

    /** As {@link #site(Path, boolean, Consumer)}, the writer's warnings dropped (tests). */
    public static Report site(Path root, boolean incremental) {
        return site(root, incremental, warning -> { });
    }

    /**
     * Builds the site into {@code out}, each file as soon as it is finished: an article's pages
     * and e-books right after its article stages, so that only a small summary of each article
     * ({@link PublishedArticle}) is held until the pages about all of them are made.
     *
     * @param cache as in {@link #run(Path, Path, ArticleCache)}
     */
    public static Report run(Path contentDir, Path templatesDir, ArticleCache cache, Output out) {
        Report report = new Report();
        long t0 = System.nanoTime();
        CompletableFuture<Void> dictionaries = CompletableFuture.runAsync(Build::loadDictionaries);
        // The cache keys first, then the inputs: a file saved in between makes a key that the
        // next build does not find (more work), never stale output under a current key.
        Fingerprint fingerprint = cache == null ? null : Fingerprint.of(contentDir);
        String templatesKey = cache == null ? null : Fingerprint.templates(templatesDir);
        Content content = ContentLoader.load(contentDir);
        Templates templates = Templates.load(templatesDir);
        byte[] bookStyle = EpubBook.stylesheet(templatesDir);
        dictionaries.join();
        report.time("load", t0);
        for (var article : content.articles()) {
            Lint.forBuild(article.file(), TextFile.read(article.file())).forEach(f -> report.warn(f.toString()));
        }

        ConversionLog log = new ConversionLog();
        Map<Script, Edition> editions = new EnumMap<>(Script.class);
        for (Script script : Script.values()) {
            editions.put(script, Edition.of(content, script, log));
        }
        // The service worker lists and versions every other file: keep each one's sum as it goes out.
        SortedMap<String, FileSum> sums = new ConcurrentSkipListMap<>();
        Output site = new Output() {
            @Override
            public void put(String path, byte[] bytes) {
                sums.put(path, FileSum.of(bytes));
                out.put(path, bytes);
            }

            @Override
            public boolean keep(Map<String, FileSum> files) {
                if (!out.keep(files)) {
                    return false;
                }
                sums.putAll(files);
                return true;
            }
        };
        LongAdder pagesKept = new LongAdder();
        Pages pages = new Pages(templates, content, editions);
        // Every article in both editions (from the cache when its inputs did not change), then at
        // once its pages and e-books.
        ArticleStages stages = new ArticleStages(editions, content.rules(), cache, fingerprint, log, report, new LongAdder());
        // A failure is returned rather than thrown, so that every article has finished (and
        // written nothing more) before the build fails, and the error reported is the first in
        // article order whichever thread met it first.
        List<Object> done = content.articles().parallelStream().map(article -> {
            try {
                Map<Script, EditionArticle> both = stages.run(article);
                long t = System.nanoTime();
                // With a cache, an article whose pages' inputs did not change keeps its pages and
                // e-books from the previous site, when they are still there byte for byte.
                String pageKey = cache == null ? null
                        : Fingerprint.pages(fingerprint.of(article), templatesKey, article, contentDir);
                // A record that does not list exactly the article's files is not trusted.
                Optional<Map<String, FileSum>> before = pageKey == null ? Optional.empty()
                        : cache.pages(article.slug(), pageKey).filter(r -> r.keySet().equals(articleFiles(article.slug())));
                if (before.isPresent() && site.keep(before.get())) {
                    pagesKept.increment();
                } else {
                    pages.article(both, site);
                    for (Script s : Script.values()) {
                        site.put(EpubBook.path(s, article.slug()),
                                EpubBook.of(editions.get(s), both.get(s), bookStyle, content.media()));
                    }
                    if (pageKey != null) {
                        Map<String, FileSum> made = new TreeMap<>();
                        articleFiles(article.slug()).forEach(path -> made.put(path, sums.get(path)));
                        cache.putPages(article.slug(), pageKey, made);
                    }
                }
                Map<Script, PublishedArticle> published = new EnumMap<>(Script.class);
                for (Script s : Script.values()) {
                    published.put(s, PublishedArticle.of(both.get(s)));
                }
                report.time("pages", t);
                return (Object) published;
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();
        Map<Script, List<PublishedArticle>> articles = new EnumMap<>(Script.class);
        for (Script script : Script.values()) {
            articles.put(script, new ArrayList<>());
        }
        for (Object d : done) {
            if (d instanceof RuntimeException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            Map<Script, PublishedArticle> published = (Map<Script, PublishedArticle>) d;
            published.forEach((s, a) -> articles.get(s).add(a));
        }
        if (cache != null) {
            cache.keepOnly(content.articles().stream().map(Article::slug).collect(Collectors.toSet()));
        }

        long t1 = System.nanoTime();
        report.count("feeds", pages.site(articles, site));
        assets(templatesDir.resolve("assets")).forEach(site::put);
        site.put(".nojekyll", new byte[0]);
        content.media().forEach((path, file) -> site.put(path, Images.read(path, file)));
        // Last: the service worker lists every other file and is versioned by their sums.
        out.put(OfflineCache.FILE, OfflineCache.serviceWorker(templates, sums));
        report.time("pages", t1);

        report.conversion(content, log);
        report.glossary(content, articles);
        report.count("articles", content.articles().size());
        report.count("files", sums.size() + 1);
        report.count("converted", stages.converted().sum());
        report.count("reused", content.articles().size() - stages.converted().sum());
        report.count("pages kept", pagesKept.sum());
        return report;
    }

    /**
     * The article stages for one article in both editions, or their result from the cache when
     * the article's inputs did not change.
     *
     * @param cache       null for a full build
     * @param log         the build's conversion log; each article's own log is added to it
     * @param converted   counts the articles that went through the stages (not from the cache)
     */
    private record ArticleStages(Map<Script, Edition> editions, List<Rule> siteRules, ArticleCache cache,
            Fingerprint fingerprint, ConversionLog log, Report report, LongAdder converted) {

        Map<Script, EditionArticle> run(Article article) {
            // No key: a full build, or an article file that appeared after the keys were taken.
            String key = cache == null ? null : fingerprint.of(article);
            Optional<ArticleCache.Hit> hit = key == null ? Optional.empty()
                    : cache.get(article, key, editions, siteRules);
            if (hit.isPresent()) {
                log.addAll(hit.get().log());
                return hit.get().editions();
            }
            converted.increment();
            ConversionLog articleLog = new ConversionLog();
            Map<Script, EditionArticle> both = bothEditions(article, articleLog);
            log.addAll(articleLog);
            if (key != null) {
                long t = System.nanoTime();
                cache.put(article, key, both, articleLog);
                report.time("cache", t);
            }
            return both;
        }

        /** Both editions of one article, each on its own core when one is free. */
        private Map<Script, EditionArticle> bothEditions(Article article, ConversionLog articleLog) {
            Phrases phrases = Phrases.of(siteRules, article.rules());
            List<EditionArticle> list = Arrays.stream(Script.values()).parallel()
                    .map(s -> Build.article(article, editions.get(s), editions.get(s).converter(article, phrases, articleLog),
                            report))
                    .toList();
            Map<Script, EditionArticle> out = new EnumMap<>(Script.class);
            for (Script s : Script.values()) {
                out.put(s, list.get(s.ordinal()));
            }
            sameShape(article, out);
            return out;
        }
    }

    /**
     * Refuses an article whose editions have different blocks after conversion: markup such as
     * {@code -{zh-hant:甲;zh-hans:```}-} or a rule can write Markdown into one edition only (a
     * code fence that swallows the rest, a heading, a list). The script switch, the parallel view
     * and the glossary's links all name a block by its position in both editions, so both must
     * have the same blocks in the same order.
     */
    private static void sameShape(Article article, Map<Script, EditionArticle> editions) {
        List<Block> hant = editions.get(Script.HANT).blocks();
        List<Block> hans = editions.get(Script.HANS).blocks();
        int i = 0;
        while (i < hant.size() && i < hans.size() && hant.get(i).kind().equals(hans.get(i).kind())) {
            i++;
        }
        if (i == hant.size() && i == hans.size()) {
            return;
        }
        // Where the editions part: the block of the editor's own text at that position.
        Document source = Markdown.parse(article.body(), article.file(), article.bodyLine());
        Node block = source.getFirstChild();
        for (int k = 0; k < i && block != null && block.getNext() != null; k++) {
            block = block.getNext();
        }
        int line = article.bodyLine() + (block == null ? 0 : block.getLineNumber());
        throw new ContentError(article.file(), line, "after conversion the editions differ in shape from this block on: "
                + "zh-Hant has " + describe(hant, i) + ", zh-Hans has " + describe(hans, i)
                + " (conversion markup or a rule writes Markdown into one edition only)",
                "give both variants of -{…}- (and both sides of a rule) plain text: no ```, #, >, list marks or blank "
                        + "lines inside, so that both editions keep the same paragraphs");
    }

    private static String describe(List<Block> blocks, int i) {
        if (i >= blocks.size()) {
            return "no more blocks (" + blocks.size() + " in all)";
        }
        return switch (blocks.get(i).kind()) {
            case "p" -> "a paragraph";
            case "h" -> "a heading";
            case "figure" -> "a figure";
            default -> "a code block, list or quotation";
        } + " (block " + (i + 1) + " of " + blocks.size() + ")";
    }

    /**
     * The article stages for one article in one edition. The converted body is checked as the
     * editor's was at load (addresses, images, nesting): conversion markup and rules can write
     * Markdown, so an edition could otherwise show what the editor's text never did.
     */
    private static EditionArticle article(Article article, Edition edition, Converter converter, Report report) {
        long t = System.nanoTime();
        ConvertedArticle text = ConvertedArticle.of(article, converter);
        t = report.time("convert", t);
        Document document = Markdown.parse(text.body(), article.file(), article.bodyLine());
        Addresses.check(document, article.file(), article.bodyLine());
        Images.sameAs(document, article, edition.script().tag());
        t = report.time("parse", t);
        try {
            List<TermNode> notes = edition.annotator().annotate(document);
            t = report.time("annotate", t);
            EditionArticle done = new EditionArticle(text, edition.body().render(document),
                    edition.parallelBody().render(document), Note.of(notes), Figure.credits(document));
            report.time("render", t);
            return done;
        } catch (StackOverflowError e) {
            throw new ContentError(article.file(), article.bodyLine(), "the article's Markdown nests too deeply to be "
                    + "shown (e.g. thousands of brackets or emphasis marks inside each other)", "nest fewer marks inside each other");
        }
    }

    /** The files an article's own stages make: its page in each edition, its parallel view, its e-books. */
    private static Set<String> articleFiles(String slug) {
        Set<String> files = new HashSet<>(Pages.articlePaths(slug));
        for (Script s : Script.values()) {
            files.add(EpubBook.path(s, slug));
        }
        return files;
    }

    /**
     * Makes OpenCC4j read its dictionaries (a few hundred milliseconds) while the content and
     * templates load; both directions and the repair tables are touched.
     */
    private static void loadDictionaries() {
        new Converter(Script.HANT, Script.HANS, Phrases.none(), Punctuation.KEEP, new ConversionLog()).convert("資訊");
        new Converter(Script.HANS, Script.HANT, Phrases.none(), Punctuation.KEEP, new ConversionLog()).convert("资讯");
        new Converter(Script.HANT, Script.HANT, Phrases.none(), Punctuation.KEEP, new ConversionLog()).convert("资訊");
    }

    /**
     * Static files beside the templates (CSS, JavaScript, icons), copied as they are. Each must be
     * an ordinary file inside {@code templates/} ({@link InputFile}): a link out of it, a pipe or
     * a device is an error naming it. Folders are walked; a link to a folder is not followed.
     */
    private static SortedMap<String, byte[]> assets(Path dir) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(walk.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).toList());
            files.sort(null);
            for (Path f : files) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                out.put("assets/" + rel, InputFile.read(f, dir.getParent(), InputFile.BINARY_LIMIT));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ContentError(dir, 0, "cannot read the assets folder: " + e.getMessage(),
                    "check that every file and folder in it is readable");
        }
        return out;
    }
}
