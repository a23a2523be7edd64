package org.zhedition.build;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import com.vladsch.flexmark.util.ast.Node;
import org.zhedition.site.SiteLayout;
import org.zhedition.content.Addresses;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.input.ContentError;
import org.zhedition.content.ContentLoader;
import org.zhedition.input.InputFile;
import org.zhedition.content.Images;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.edition.PublishedArticle;
import org.zhedition.glossary.Note;
import org.zhedition.glossary.TermNode;
import org.zhedition.incremental.ArticleCache;
import org.zhedition.incremental.BuildCache;
import org.zhedition.incremental.SiteStamp;
import org.zhedition.lint.Lint;
import org.zhedition.input.TextFile;
import org.zhedition.input.Parallel;
import org.zhedition.markdown.Figure;
import org.zhedition.markdown.Markdown;
import org.zhedition.offline.EpubBook;
import org.zhedition.offline.OfflineCache;
import org.zhedition.body.BodyRenderer.Block;
import org.zhedition.render.Pages;
import org.zhedition.render.Templates;
import org.zhedition.script.Characters;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Converter;
import org.zhedition.edition.ConvertedArticle;
import org.zhedition.script.Phrases;
import org.zhedition.script.Rule;
import org.zhedition.script.EditionSpec;
import org.zhedition.script.Script;
import org.zhedition.script.opencc.OpenccData;
import org.zhedition.search.SearchDocument;
import org.zhedition.search.SiteSearch;
import org.zhedition.write.FileSum;
import org.zhedition.write.Output;
import org.zhedition.write.SummedOutput;
import org.zhedition.write.SiteWriter;

/**
 * The whole build, top to bottom ({@link #run(Path, Path, BuildCache, Output)} is this list):
 *
 * <pre>
 * load content/ and templates/ (the dictionaries of site.yaml's editions load meanwhile, on another core)
 * for each article, in parallel:
 *     for each edition, in parallel:
 *         convert script → parse Markdown → annotate terms → render body   (or reuse the cached result)
 *     once it and its neighbours by date are done (its pages link to them by their titles):
 *         render its pages and e-books → out                               (or keep them from the previous site)
 * render home, 404, glossary and tag pages → search index → copy assets and images → service worker → out
 * </pre>
 *
 * Stages talk through immutable models. Files go to an {@link Output} as they are finished; the
 * command's output is a draft beside {@code site/} that is swapped in only when the build has
 * succeeded, so a bad input leaves the previous {@code site/} untouched. With an incremental
 * {@link BuildCache}, an article whose inputs have not changed since the last build is not
 * converted, parsed or annotated again; and when its pages' inputs (the article, the templates,
 * its images) did not change either, its pages and e-books are kept from the previous site if
 * they are still there byte for byte. The result is byte-identical to a full build (see
 * {@code IncrementalBuildTest}).
 */
public final class Build {
    /** What a build produced: every file of the site, and what it did. */
    public record Result(SortedMap<String, byte[]> files, Report report) {
    }

    private Build() {
    }

    /** A full build: every article goes through every stage. */
    public static Result run(Path contentDir, Path templatesDir) {
        return run(contentDir, templatesDir, BuildCache.none());
    }

    /**
     * A build held in memory, for tests and tools that want every file at hand.
     *
     * @param cache earlier builds' products, reused when an article's inputs did not change, and
     *              updated; {@link BuildCache#none()} for a full build
     */
    public static Result run(Path contentDir, Path templatesDir, BuildCache cache) {
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
        // Nothing changed since the last build (inputs and site/ as it left them): nothing to do.
        SiteStamp stamp = SiteStamp.take(root);
        Optional<Report> same = incremental ? upToDate(stamp, System.nanoTime()) : Optional.empty();
        if (same.isPresent()) {
            return same.get();
        }
        Path content = root.resolve("content");
        Path templates = root.resolve("templates");
        long[] built = new long[1];
        Report report = SiteWriter.write(root.resolve("site"), writer, out -> {
            // Keyed by the sums the stamp took of every input: no input is read for the keys again.
            BuildCache cache = incremental ? BuildCache.open(root.resolve(".cache").resolve("articles"), content, templates,
                    stamp.inputSums()) : BuildCache.none();
            Report r = run(content, templates, cache, out);
            built[0] = System.nanoTime();
            return r;
        });
        report.time("write", built[0]);
        stamp.record(report.recorded());
        return report;
    }

    /**
     * The report of the build that made {@code root/site}, when neither the inputs nor the site
     * changed since ({@link SiteStamp}); empty when a build has work to do.
     */
    public static Optional<Report> upToDate(Path root) {
        long t0 = System.nanoTime();
        return upToDate(SiteStamp.take(root), t0);
    }

    private static Optional<Report> upToDate(SiteStamp stamp, long t0) {
        return stamp.upToDate().map(recorded -> {
            Report report = Report.upToDate(recorded);
            report.time("up to date", t0);
            return report;
        });
    }

    /** As {@link #site(Path, boolean, Consumer)}, the writer's warnings dropped (tests). */
    public static Report site(Path root, boolean incremental) {
        return site(root, incremental, warning -> { });
    }

    /**
     * Builds the site into {@code out}, each file as soon as it is finished: an article's pages
     * and e-books once it and the articles before and after it (which its pages name) are through
     * the article stages, after which only a small summary of each article
     * ({@link PublishedArticle}) is held until the pages about all of them are made.
     *
     * @param cache as in {@link #run(Path, Path, BuildCache)}, opened before the inputs are read
     */
    public static Report run(Path contentDir, Path templatesDir, BuildCache cache, Output out) {
        Report report = new Report();
        long t0 = System.nanoTime();
        // The dictionaries of the editions site.yaml lists load on another core while the rest of the content loads.
        AtomicReference<CompletableFuture<Void>> dictionaries = new AtomicReference<>();
        Content content = ContentLoader.load(contentDir,
                site -> dictionaries.set(CompletableFuture.runAsync(() -> loadDictionaries(site.editions()))));
        Templates templates = Templates.load(templatesDir);
        byte[] bookStyle = EpubBook.stylesheet(templatesDir);
        dictionaries.get().join();
        report.time("load", t0);
        lint(content, cache, report);

        ConversionLog log = new ConversionLog();
        Map<String, Edition> editions = editions(content, log);
        // The service worker lists and versions every other file: each one's sum is kept as it goes out.
        SummedOutput site = new SummedOutput(out);
        Pages pages = new Pages(templates, content, editions);
        ArticleStages stages = new ArticleStages(editions, content.rules(), cache, log, report, new LongAdder());
        // What the search stage reads of each article, by slug: made while its body is at hand.
        Map<String, Map<String, SearchDocument>> searchDocuments = new ConcurrentHashMap<>();
        ArticlePages articlePages = new ArticlePages(pages, editions, bookStyle, content, cache, site, searchDocuments, report,
                new LongAdder());
        // Every article in every edition, and its pages and e-books as soon as its neighbours by
        // date are through the stages too (an article's page links to the next older and newer
        // article by their titles; content.articles() is newest first). Only the articles waiting
        // for a neighbour keep their rendered bodies. The first failure in article order ends the
        // build once every article has finished: a stage's first, else a page's.
        List<Article> order = content.articles();
        Pipeline pipeline = new Pipeline(order, articlePages);
        Parallel.map(IntStream.range(0, order.size()).boxed().toList(), i -> {
            pipeline.staged(i, stages.run(order.get(i)));
            return i;
        });
        Map<String, List<PublishedArticle>> articles = byEdition(editions, pipeline.published());
        cache.keepOnly(content.articles().stream().map(Article::slug).collect(Collectors.toSet()));

        long t1 = System.nanoTime();
        report.count("feeds", pages.site(articles, site));
        Map<String, List<SearchDocument>> searchable = new LinkedHashMap<>();
        articles.forEach((s, list) -> searchable.put(s, list.stream().map(a -> searchDocuments.get(a.slug()).get(s)).toList()));
        SiteSearch.files(content, editions, searchable).forEach(site::put);
        assets(templatesDir.resolve("assets")).forEach(site::put);
        site.put(".nojekyll", new byte[0]);
        content.media().forEach((path, file) -> site.put(path, Images.read(path, file)));
        // Last: the service worker lists every other file and is versioned by their sums.
        out.put(OfflineCache.FILE, OfflineCache.serviceWorker(templates, site.sums()));
        report.time("pages", t1);

        report.conversion(content, log);
        report.glossary(content, articles);
        report.count("articles", content.articles().size());
        report.count("files", site.sums().size() + 1);
        report.count("converted", stages.converted().sum());
        report.count("reused", content.articles().size() - stages.converted().sum());
        report.count("pages kept", articlePages.kept().sum());
        return report;
    }

    /**
     * On every core (a quarter of a full build's CPU when it ran on one), reported in article
     * order; an article whose file did not change since the last build gives its warnings from
     * the cache, exactly as they were printed then. Counts the articles linted.
     */
    private static void lint(Content content, BuildCache cache, Report report) {
        LongAdder linted = new LongAdder();
        content.articles().parallelStream().map(a -> cache.lint(a).orElseGet(() -> {
            linted.increment();
            List<String> warnings = Lint.forBuild(a.file(), TextFile.read(a.file())).stream().map(Object::toString).toList();
            cache.putLint(a, warnings);
            return warnings;
        })).toList().forEach(warnings -> warnings.forEach(report::warn));
        report.count("linted", linted.sum());
    }

    /** The editions {@code site.yaml} lists, by id, in its order. */
    private static Map<String, Edition> editions(Content content, ConversionLog log) {
        Map<String, Edition> editions = new LinkedHashMap<>();
        for (EditionSpec spec : content.site().editions()) {
            editions.put(spec.id(), Edition.of(content, spec, log));
        }
        return Collections.unmodifiableMap(editions);
    }

    /** Each edition's articles, in the order of {@code published}. */
    private static Map<String, List<PublishedArticle>> byEdition(Map<String, Edition> editions,
            List<Map<String, PublishedArticle>> published) {
        Map<String, List<PublishedArticle>> articles = new LinkedHashMap<>();
        for (String id : editions.keySet()) {
            articles.put(id, new ArrayList<>());
        }
        published.forEach(both -> both.forEach((s, a) -> articles.get(s).add(a)));
        return articles;
    }

    /**
     * The article stages for one article in both editions, or their result from the cache when
     * the article's inputs did not change.
     *
     * @param log         the build's conversion log; each article's own log is added to it
     * @param converted   counts the articles that went through the stages (not from the cache)
     */
    private record ArticleStages(Map<String, Edition> editions, List<Rule> siteRules, BuildCache cache, ConversionLog log,
            Report report, LongAdder converted) {

        Map<String, EditionArticle> run(Article article) {
            Optional<ArticleCache.Hit> hit = cache.article(article, editions, siteRules);
            if (hit.isPresent()) {
                log.addAll(hit.get().log());
                return hit.get().editions();
            }
            converted.increment();
            ConversionLog articleLog = new ConversionLog();
            Map<String, EditionArticle> both = everyEdition(article, articleLog);
            log.addAll(articleLog);
            long t = System.nanoTime();
            if (cache.putArticle(article, both, articleLog)) {
                report.time("cache", t);
            }
            return both;
        }

        /** Every edition of one article, each on its own core when one is free. */
        private Map<String, EditionArticle> everyEdition(Article article, ConversionLog articleLog) {
            List<Edition> all = List.copyOf(editions.values());
            Phrases phrases = all.get(0).content().phrases().with(article.rules());
            List<EditionArticle> list = all.parallelStream()
                    .map(e -> Build.article(article, e, e.converter(article, phrases, articleLog), report))
                    .toList();
            Map<String, EditionArticle> out = new LinkedHashMap<>();
            for (int i = 0; i < all.size(); i++) {
                out.put(all.get(i).id(), list.get(i));
            }
            sameShape(article, out);
            return out;
        }
    }

    /**
     * An article's own pages and e-books, written as soon as its stages are done (or kept from the
     * previous site when their inputs did not change and they are still there byte for byte);
     * returns what the pages about all articles need of it.
     *
     * @param kept counts the articles whose pages were kept
     */
    private record ArticlePages(Pages pages, Map<String, Edition> editions, byte[] bookStyle, Content content,
            BuildCache cache, SummedOutput site, Map<String, Map<String, SearchDocument>> searchDocuments, Report report,
            LongAdder kept) {

        /**
         * Writes the article's pages and e-books.
         *
         * @param newer the next newer article's summary, null at the start of the list
         * @param older the next older article's summary, null at the end
         */
        void write(Article article, Map<String, EditionArticle> both, Map<String, PublishedArticle> newer,
                Map<String, PublishedArticle> older) {
            long t = System.nanoTime();
            Set<String> files = SiteLayout.articleFiles(List.copyOf(editions.keySet()), article.slug());
            // The pages also show the neighbours' titles and dates: they are part of the pages' key.
            Optional<Map<String, FileSum>> before = cache.pages(article, neighbours(newer, older), files);
            if (before.isPresent() && site.keep(before.get())) {
                kept.increment();
            } else {
                pages.article(both, older, newer, site);
                for (String s : editions.keySet()) {
                    site.put(EpubBook.path(s, article.slug()),
                            EpubBook.of(pages.templates(), editions.get(s), both.get(s), bookStyle, content.media()));
                }
                Map<String, FileSum> made = new TreeMap<>();
                files.forEach(path -> made.put(path, site.sums().get(path)));
                cache.putPages(article, made);
            }
            report.time("pages", t);
        }

        /** What stays of an article once it is through the stages; its search documents are kept aside. */
        Map<String, PublishedArticle> publish(Article article, Map<String, EditionArticle> both) {
            Map<String, PublishedArticle> published = new LinkedHashMap<>();
            Map<String, SearchDocument> search = new LinkedHashMap<>();
            for (String s : editions.keySet()) {
                published.put(s, PublishedArticle.of(both.get(s)));
                search.put(s, SearchDocument.of(both.get(s)));
            }
            searchDocuments.put(article.slug(), search);
            return published;
        }
    }

    /**
     * Writes each article's pages as soon as it and both its neighbours are through the stages,
     * on whichever thread finishes the last of the three; then drops its rendered body. Each
     * article's summary is set before the neighbours are looked at, so of two neighbours that
     * finish at once at least one sees the other.
     */
    private static final class Pipeline {
        private final List<Article> order;
        private final ArticlePages pages;
        private final AtomicReferenceArray<Map<String, EditionArticle>> staged;
        private final AtomicReferenceArray<Map<String, PublishedArticle>> published;
        private final AtomicIntegerArray claimed;
        private final AtomicReferenceArray<RuntimeException> failures;

        Pipeline(List<Article> order, ArticlePages pages) {
            this.order = order;
            this.pages = pages;
            this.staged = new AtomicReferenceArray<>(order.size());
            this.published = new AtomicReferenceArray<>(order.size());
            this.claimed = new AtomicIntegerArray(order.size());
            this.failures = new AtomicReferenceArray<>(order.size());
        }

        /** Article {@code i} is through the stages: its pages and its neighbours' are written when they can be. */
        void staged(int i, Map<String, EditionArticle> both) {
            published.set(i, pages.publish(order.get(i), both));
            staged.set(i, both);
            for (int j = Math.max(0, i - 1); j <= Math.min(order.size() - 1, i + 1); j++) {
                tryWrite(j);
            }
        }

        private void tryWrite(int j) {
            Map<String, EditionArticle> both = staged.get(j);
            Map<String, PublishedArticle> newer = j == 0 ? null : published.get(j - 1);
            Map<String, PublishedArticle> older = j == order.size() - 1 ? null : published.get(j + 1);
            if (both == null || (j > 0 && newer == null) || (j < order.size() - 1 && older == null)
                    || !claimed.compareAndSet(j, 0, 1)) {
                return;
            }
            try {
                pages.write(order.get(j), both, newer, older);
            } catch (RuntimeException e) {
                failures.set(j, e);
            } finally {
                staged.set(j, null);
            }
        }

        /** Every article's summary in order, once all are through the stages; a page's first failure is thrown. */
        List<Map<String, PublishedArticle>> published() {
            List<Map<String, PublishedArticle>> out = new ArrayList<>(order.size());
            for (int i = 0; i < order.size(); i++) {
                if (failures.get(i) != null) {
                    throw failures.get(i);
                }
                if (claimed.get(i) == 0) {
                    throw new IllegalStateException("the pages of " + order.get(i).slug() + " were never written");
                }
                out.add(published.get(i));
            }
            return out;
        }
    }

    /** What an article's pages show of its neighbours (slug, date, title in each edition). */
    private static List<String> neighbours(Map<String, PublishedArticle> newer, Map<String, PublishedArticle> older) {
        List<String> parts = new ArrayList<>();
        for (Map<String, PublishedArticle> n : List.of(Optional.ofNullable(newer).orElse(Map.of()),
                Optional.ofNullable(older).orElse(Map.of()))) {
            for (PublishedArticle a : n.values()) {
                parts.add(a == null ? "" : a.slug() + "\u0000" + a.text().article().date().iso() + "\u0000" + a.text().title());
            }
        }
        return parts;
    }

    /**
     * Refuses an article whose editions have different blocks after conversion: markup such as
     * {@code -{zh-hant:甲;zh-hans:```}-} or a rule can write Markdown into one edition only (a
     * code fence that swallows the rest, a heading, a list). The edition switch, the parallel view
     * and the glossary's links all name a block by its position in every edition, so all must
     * have the same blocks in the same order.
     */
    private static void sameShape(Article article, Map<String, EditionArticle> editions) {
        List<String> ids = List.copyOf(editions.keySet());
        for (String other : ids.subList(1, ids.size())) {
            sameShape(article, ids.get(0), editions.get(ids.get(0)).blocks(), other, editions.get(other).blocks());
        }
    }

    private static void sameShape(Article article, String firstId, List<Block> hant, String otherId, List<Block> hans) {
        int i = 0;
        while (i < hant.size() && i < hans.size() && hant.get(i).kind().equals(hans.get(i).kind())) {
            i++;
        }
        if (i == hant.size() && i == hans.size()) {
            return;
        }
        // Where the editions part: the block of the editor's own text at that position.
        List<Node> source = Markdown.blocks(Markdown.parse(article.body(), article.file(), article.bodyLine()));
        Node block = source.isEmpty() ? null : source.get(Math.min(i, source.size() - 1));
        int line = article.bodyLine() + (block == null ? 0 : block.getLineNumber());
        throw new ContentError(article.file(), line, "after conversion the editions differ in shape from this block on: "
                + firstId + " has " + describe(hant, i) + ", " + otherId + " has " + describe(hans, i)
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
        Markdown.figures(document, article.file(), article.bodyLine());
        Images.sameAs(document, article, edition.id());
        // What the search reads of each block, from this tree before terms are marked in it.
        List<String> blockTexts = SearchDocument.blockTexts(document);
        t = report.time("parse", t);
        try {
            List<TermNode> notes = edition.annotator().annotate(document);
            t = report.time("annotate", t);
            // The edition's body and the parallel view's, from one pass of the HTML writer.
            List<List<Block>> bodies = edition.body().render(document, edition.parallelBody());
            EditionArticle done = new EditionArticle(text, bodies.get(0), bodies.get(1),
                    edition.body().book(document), Note.of(notes), Figure.credits(document),
                    org.zhedition.body.BodyRenderer.headings(document), blockTexts);
            report.time("render", t);
            return done;
        } catch (StackOverflowError e) {
            throw new ContentError(article.file(), article.bodyLine(), "the article's Markdown nests too deeply to be "
                    + "shown (e.g. thousands of brackets or emphasis marks inside each other)", "nest fewer marks inside each other");
        }
    }

    /**
     * Reads the dictionaries the conversions into {@code editions} need (a few hundred
     * milliseconds), while the rest of the content and the templates load: the character tables
     * every edition repairs its own script with (and the lint reads), and exactly the OpenCC
     * configurations {@link Converter#configurations(List)} names for those editions, so a Taiwan
     * edition's {@code hk2t} and {@code t2tw} are not read on the first article's way.
     */
    static void loadDictionaries(List<EditionSpec> editions) {
        Characters.foreignTo(Script.HANT, '资');
        for (String configuration : Converter.configurations(editions)) {
            OpenccData.shared().converter(configuration).convert("資訊资讯");
        }
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
