package org.zhedition.script;

import org.zhedition.script.EditionSpec;

import org.zhedition.edition.ConvertedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;
import org.zhedition.content.Article.Emendation;
import org.zhedition.content.Content;
import org.zhedition.edition.Edition;
import org.zhedition.glossary.Glossary;
import org.zhedition.glossary.Term;
import org.zhedition.lint.LintFix;

/**
 * The spacing policy (docs/style.md, "Spacing between Han and Latin"): what the editor writes
 * (labels, the site's title and tagline, glossary notes, an article's front matter, the
 * apparatus, the program's own notes and the templates' text) has no typed space between a Han
 * character and a Latin letter or digit, in either edition; the browser's {@code text-autospace}
 * spaces them. The article body is the source's and keeps its own spaces (智譜 AI), and so do
 * quotations of the source (the 原文 column, the 原標題 line).
 */
class EditorSpacingTest {
    /** A Han character and a Latin letter or digit with typed spaces between them, in either order. */
    private static final Pattern TYPED_SPACE =
            Pattern.compile("\\p{IsHan}[ \\t\\u00A0]+[A-Za-z0-9]|[A-Za-z0-9][ \\t\\u00A0]+\\p{IsHan}");

    private static final Content CONTENT = FixtureContent.content();

    /** Adds {@code where: text} to {@code found} when {@code text} has a typed space between Han and Latin. */
    private static void check(List<String> found, String where, String text) {
        Matcher m = TYPED_SPACE.matcher(text == null ? "" : text);
        if (m.find()) {
            found.add(where + ": …" + m.group() + "… in " + text);
        }
    }

    @Test
    void siteTextsAndGlossaryNotesInBothEditions() {
        List<String> found = new ArrayList<>();
        for (Script script : Script.values()) {
            Edition e = Edition.of(CONTENT, EditionSpec.of(script), new ConversionLog());
            check(found, script + " title", e.siteTitle());
            check(found, script + " tagline", e.tagline());
            e.labels().forEach((k, v) -> check(found, script + " label " + k, v));
            for (Glossary.Category c : e.glossary().categories()) {
                check(found, script + " category", c.name());
                for (Term t : c.terms()) {
                    check(found, script + " term " + t.id(), t.term());
                    t.aliases().forEach(a -> check(found, script + " alias of " + t.id(), a));
                    check(found, script + " note " + t.id(), t.note());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theArticlesFrontMatterAndApparatusInBothEditions() {
        List<String> found = new ArrayList<>();
        for (Script script : Script.values()) {
            ConvertedArticle a = FixtureContent.convert(script, new ConversionLog());
            check(found, script + " title", a.title());
            check(found, script + " standfirst", a.standfirst());
            check(found, script + " description", a.description());
            a.keywords().forEach(k -> check(found, script + " keyword", k));
            check(found, script + " source.publication", a.source().publication());
            check(found, script + " source.column", a.source().column());
            check(found, script + " credits", a.credits());
            for (Emendation m : a.emendations()) {
                // was quotes the source and now the edition's text: both keep the text's own spaces.
                check(found, script + " emendation at", m.at());
                check(found, script + " emendation note at " + m.at(), m.note());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theNotesTheProgramWrites() {
        List<String> found = new ArrayList<>();
        for (String kind : List.of(",→，", "......→……", "(→（", "?→？")) {
            check(found, "lint --fix " + kind, LintFix.emendation(kind, 148).note());
        }
        assertEquals(List.of(), found);
    }

    /**
     * Every text of the built fixture pages outside the source's text: the templates' own words,
     * labels, notes and apparatus as they reach the reader (and the title, aria-label and alt
     * attributes). The source's text is the article body and the parallel view's rows (notes
     * excepted), and the quotations of the apparatus and the 原標題 line.
     */
    @Test
    void theBuiltPagesOutsideTheSourcesText() throws IOException {
        Path site = TestProjects.fixtureSite();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 6, "home, 404, two articles, two glossaries, parallel: " + pages);
        List<String> found = new ArrayList<>();
        int texts = 0;
        for (Path page : pages) {
            Document d = Jsoup.parse(Files.readString(page));
            String name = site.relativize(page).toString();
            List<TextNode> nodes = new ArrayList<>();
            d.traverse((node, depth) -> {
                if (node instanceof TextNode t && !t.isBlank() && !t.parent().nameIs("script") && !t.parent().nameIs("style")) {
                    nodes.add(t);
                }
            });
            for (TextNode t : nodes) {
                if (!sourceText(t)) {
                    texts++;
                    check(found, name + " <" + t.parent().nodeName() + ">", t.getWholeText());
                }
            }
            for (Element el : d.select("[title], [aria-label], [alt], meta[name=description], [data-notes-title]")) {
                for (String attr : List.of("title", "aria-label", "alt", "content", "data-notes-title")) {
                    if (el.hasAttr(attr) && !sourceText(el)) {
                        check(found, name + " " + attr + "=", el.attr(attr));
                    }
                }
            }
        }
        assertTrue(texts > 500, "the pages' own texts were read: " + texts);
        assertEquals(List.of(), found);
    }

    /** Whether {@code node} is the source's text: in the body or a parallel row but not a note, or a quotation. */
    private static boolean sourceText(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n instanceof Element e) {
                if (e.hasClass("note")) {
                    return false;
                }
                if (e.hasClass("body") || e.hasClass("parallel-row") || e.tagName().equals("q")
                        || e.tagName().equals("dd") && e.hasAttr("lang")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The browser does the spacing wherever these texts are shown: the pages' and the e-book's stylesheets. */
    @Test
    void theBrowserSpacesThem() throws IOException {
        Path templates = TestProjects.templates();
        for (String css : List.of("assets/style.css", "epub.css")) {
            String text = Files.readString(templates.resolve(css));
            Matcher body = Pattern.compile("(?m)^body\\s*\\{([^}]*)}").matcher(text);
            assertTrue(body.find(), css + " has a body rule");
            assertTrue(body.group(1).contains("text-autospace: normal"), css + ": body { text-autospace: normal }");
        }
        Path site = TestProjects.fixtureSite();
        for (String page : List.of("index.html", "zh-Hant/deepseek-shock.html", "zh-Hans/deepseek-shock.html",
                "zh-Hant/glossary.html", "zh-Hans/glossary.html", "parallel/deepseek-shock.html")) {
            Document d = Jsoup.parse(Files.readString(site.resolve(page)));
            assertTrue(d.select("link[rel=stylesheet]").stream().anyMatch(l -> l.attr("href").endsWith("assets/style.css")),
                    page + " links style.css");
        }
    }
}
