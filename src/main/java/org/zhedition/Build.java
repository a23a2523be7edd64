package org.zhedition;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.glossary.TermNode;
import org.zhedition.markdown.Markdown;
import org.zhedition.offline.EpubBook;
import org.zhedition.offline.OfflineCache;
import org.zhedition.render.Pages;
import org.zhedition.render.Templates;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Converter;
import org.zhedition.script.ConvertedArticle;
import org.zhedition.script.Script;

/**
 * The whole build, top to bottom:
 *
 * <pre>
 * load content/ and templates/
 * for each edition, for each article:  convert script → parse Markdown → annotate terms → render body
 * render pages → copy assets → e-books → service worker → (the caller writes site/)
 * </pre>
 *
 * Stages talk through immutable models; nothing is written until every page has rendered, so a
 * bad input leaves the previous {@code site/} untouched.
 */
public final class Build {
    /** What a build produced: every file of the site, and what it did. */
    public record Result(SortedMap<String, byte[]> files, Report report) {
    }

    private Build() {
    }

    public static Result run(Path contentDir, Path templatesDir) {
        Report report = new Report();
        long t0 = System.nanoTime();
        Content content = ContentLoader.load(contentDir);
        Templates templates = Templates.load(templatesDir);
        report.time("load", t0);

        ConversionLog log = new ConversionLog();
        Map<Script, Edition> editions = new EnumMap<>(Script.class);
        Map<Script, List<EditionArticle>> articles = new EnumMap<>(Script.class);
        for (Script script : Script.values()) {
            Edition edition = Edition.of(content, script, log);
            editions.put(script, edition);
            articles.put(script, content.articles().parallelStream()
                    .map(a -> article(a, edition, report))
                    .toList());
        }

        long t1 = System.nanoTime();
        SortedMap<String, byte[]> files = new TreeMap<>();
        new Pages(templates, content, editions, articles).render()
                .forEach((path, html) -> files.put(path, html.getBytes(StandardCharsets.UTF_8)));
        files.putAll(assets(templatesDir.resolve("assets")));
        files.put(".nojekyll", new byte[0]);
        files.putAll(EpubBook.all(templates, editions, articles));
        // Last: the service worker lists every other file and is versioned by their hash.
        files.put(OfflineCache.FILE, OfflineCache.serviceWorker(templates, files));
        report.time("render", t1);

        report.conversion(content, log);
        report.glossary(content, articles);
        report.count("articles", content.articles().size());
        return new Result(files, report);
    }

    /** The article stages for one article in one edition. */
    private static EditionArticle article(Article article, Edition edition, Report report) {
        long t = System.nanoTime();
        Converter converter = edition.converter(article);
        ConvertedArticle text = ConvertedArticle.of(article, converter);
        t = report.time("convert", t);
        Document document = Markdown.parse(text.body());
        t = report.time("parse", t);
        List<TermNode> notes = edition.annotator().annotate(document);
        t = report.time("annotate", t);
        EditionArticle done = new EditionArticle(text, edition.body().render(document),
                edition.parallelBody().render(document), notes);
        report.time("render", t);
        return done;
    }

    /** Static files beside the templates (CSS, JavaScript, icons), copied as they are. */
    private static SortedMap<String, byte[]> assets(Path dir) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            files.sort(null);
            for (Path f : files) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                out.put("assets/" + rel, Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
