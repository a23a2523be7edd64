package org.zhedition.edition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhedition.site.SiteLayout;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.glossary.Annotator;
import org.zhedition.glossary.Glossary;
import org.zhedition.body.BodyRenderer;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Converter;
import org.zhedition.script.Phrases;
import org.zhedition.script.Punctuation;
import org.zhedition.script.EditionSpec;
import org.zhedition.script.Script;

/**
 * One edition of the site (one of {@code site.yaml}'s {@code editions:}): the site's own words,
 * the glossary and the renderers, all in that edition's script and regional vocabulary. Built once per build and shared by the threads
 * that process articles.
 *
 * @param labels   the pages' own words, converted
 * @param glossary the glossary, converted; ids are the same in both editions
 */
public record Edition(EditionSpec spec, String siteTitle, String tagline, Map<String, String> labels, Glossary glossary,
        Annotator annotator, BodyRenderer body, BodyRenderer parallelBody, Content content, ConversionLog log) {

    /** The glossary page's file name within an edition folder. */
    public static final String GLOSSARY_PAGE = SiteLayout.GLOSSARY_PAGE;

    /** The edition's script. */
    public Script script() {
        return spec.script();
    }

    /** The edition's id and folder ({@code zh-TW}). */
    public String id() {
        return spec.id();
    }

    public static Edition of(Content content, EditionSpec script, ConversionLog log) {
        Converter c = siteConverter(content, script, log);
        Map<String, String> labels = new LinkedHashMap<>();
        content.site().labels().forEach((k, v) -> labels.put(k, c.convert(v)));
        Glossary glossary = convert(content.glossary(), c);
        String photo = labels.getOrDefault("photo", "");
        String entry = labels.getOrDefault("glossary_entry", "");
        return new Edition(script, c.convert(content.site().title()), c.convert(content.site().tagline()),
                Map.copyOf(labels), glossary,
                new Annotator(glossary, content.site().annotate()),
                new BodyRenderer(new BodyRenderer.Words(photo, entry, GLOSSARY_PAGE), ""),
                new BodyRenderer(new BodyRenderer.Words(photo, entry, "../" + SiteLayout.glossaryPage(script.id())),
                        script.id() + "-"),
                content, log);
    }

    /** The converter for texts that belong to no article: labels, glossary. Written in Traditional. */
    private static Converter siteConverter(Content content, EditionSpec edition, ConversionLog log) {
        return new Converter(Script.HANT, edition, content.phrases(), edition.punctuation(), log);
    }

    /** The converter for texts that belong to no article (the site's words, an editor's test sentence). */
    public Converter converter() {
        return siteConverter(content, spec, log);
    }

    /** The converter for one article into this edition: site rules plus the article's own. */
    public Converter converter(Article article) {
        return converter(article, content.phrases().with(article.rules()), log);
    }

    /**
     * The converter {@link #converter()} (when {@code article} is null) or {@link
     * #converter(Article)} gives, without building the rest of the edition (its glossary,
     * renderers and words): for {@code convert}, which only converts.
     */
    public static Converter converter(Content content, EditionSpec edition, Article article, ConversionLog log) {
        if (article == null) {
            return siteConverter(content, edition, log);
        }
        Punctuation p = article.punctuation().getOrDefault(edition.id(), edition.punctuation());
        return new Converter(article.script(), edition, content.phrases().with(article.rules()), p, log);
    }

    /**
     * The converter for one article into this edition, with the article's rules already indexed
     * (once per article, for both editions) and its own log (so an incremental build can keep
     * what converting this article recorded).
     */
    public Converter converter(Article article, Phrases phrases, ConversionLog articleLog) {
        Punctuation p = article.punctuation().getOrDefault(spec.id(), spec.punctuation());
        return new Converter(article.script(), spec, phrases, p, articleLog);
    }

    private static Glossary convert(Glossary g, Converter c) {
        return g.map(c::convert);
    }
}
