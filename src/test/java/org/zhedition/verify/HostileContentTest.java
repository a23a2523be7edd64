package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup, quotes and event handlers in every text an editor writes (title, standfirst,
 * description, source, figure caption and credit, body, inline conversion markup, glossary term,
 * alias, English and note, conversion rules, site title and labels) come out as text: the built
 * pages contain no element or attribute the templates did not put there, and the text reads back
 * exactly as written.
 */
class HostileContentTest {
    /** Closes a quoted attribute either way, opens a tag, adds a handler, runs a script. */
    static final String PAYLOAD = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
    /** The same text as a YAML single-quoted scalar. */
    static final String YAML = "'" + PAYLOAD.replace("'", "''") + "'";
    /** What closes a quoted attribute and adds a handler, with no tag (raw HTML stays verbatim in the body). */
    static final String ATTRIBUTE = "\" onerror=\"alert(1)' onclick='alert(1)";
    static final String TERM = "危\"險'詞";
    /** A valid web address whose quote would close a single-quoted attribute. */
    static final String URL = "https://example.org/?a='onclick=alert(1)//";
    static final String ARTICLE = "content/articles/deepseek-shock.md";
    @TempDir
    static Path temp;
    static Project project;

    @BeforeAll
    static void buildHostileProject() {
        project = Project.copyOfFixture(temp.resolve("p"));
        Project p = project;
        p.edit(ARTICLE, s -> s.replaceFirst("\ntitle: [^\n]*\n", "\ntitle: " + quoted(YAML) + "\n")
                .replaceFirst("\nstandfirst: [^\n]*\n", "\nstandfirst: " + quoted(YAML) + "\n")
                .replaceFirst("\ndescription: [^\n]*\n", "\ndescription: " + quoted(YAML) + "\n")
                .replaceFirst("\n  headline: [^\n]*\n", "\n  headline: " + quoted(YAML) + "\n")
                .replaceFirst("\n  column: [^\n]*\n", "\n  column: " + quoted(YAML) + "\n  author: " + quoted(YAML)
                        + "\n  url: \"" + URL + "\"\n")
                .replaceFirst("\ncredits: [^\n]*\n", "\ncredits: " + quoted(YAML) + "\n")
                .replaceFirst("\ncaption: [^\n]*\ncredit: [^\n]*\n", "\ncaption: " + quoted(YAML) + "\ncredit: "
                        + quoted(YAML) + "\n")
                // A Markdown link to javascript: is refused with a message (HostileInputTest); raw HTML is text.
                + "\n前文：" + PAYLOAD + " <a href=\"javascript:alert(1)\">a</a> "
                + TERM + "，測試詞。\n\n"
                + "-{" + ATTRIBUTE + "}-，-{zh-hant:" + ATTRIBUTE + ";zh-hans:" + ATTRIBUTE + "}-。\n");
        p.edit("content/conversion.txt", s -> s + "\n測試詞=>zh-hans:" + PAYLOAD + ";\n");
        p.edit("content/site.yaml", s -> s.replaceFirst("\ntitle: [^\n]*\n", "\ntitle: " + quoted(YAML) + "\n")
                .replaceFirst("\n  home: [^\n]*\n", "\n  home: " + quoted(YAML) + "\n")
                .replaceFirst("\n  skip: [^\n]*\n", "\n  skip: " + quoted(YAML) + "\n"));
        p.write("content/glossary.yaml", """
                categories:
                  - name: %s
                    en: %s
                    terms:
                      - term: '%s'
                        aliases: [%s]
                        en: %s
                        note: %s
                """.formatted(YAML, YAML, TERM.replace("'", "''"), YAML, YAML, YAML));
        p.build();
    }

    private static String quoted(String yaml) {
        return java.util.regex.Matcher.quoteReplacement(yaml);
    }

    @Test
    void noInjectedElementAttributeOrScript() {
        List<String> found = new ArrayList<>();
        for (Path page : org.zhedition.browser.BuiltSite.pages(project.site())) {
            found.addAll(Inert.problems(project.site().relativize(page).toString(), read(page), Set.of()));
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void textReadsBackAsWritten() {
        Document article = parse(project.site().resolve("zh-Hant/deepseek-shock.html"));
        assertEquals(PAYLOAD, article.selectFirst("h1").text());
        assertEquals(PAYLOAD, article.selectFirst(".standfirst").text());
        assertEquals(PAYLOAD, article.selectFirst("meta[name=description]").attr("content"));
        assertTrue(article.title().contains(PAYLOAD), article.title());
        assertEquals(PAYLOAD, article.selectFirst("nav.bar-inner").attr("aria-label"));
        assertEquals(PAYLOAD, article.selectFirst("a.skip").text());
        assertEquals(PAYLOAD, article.selectFirst(".credits > p").text());
        assertTrue(article.select(".credits dd").eachText().contains(PAYLOAD), "author");
        assertEquals(URL, article.selectFirst(".credits a[rel=external]").attr("href"));
        assertTrue(article.selectFirst("figcaption").text().startsWith(PAYLOAD), article.selectFirst("figcaption").text());
        assertTrue(article.selectFirst("figcaption .credit").text().endsWith(PAYLOAD));
        List<Element> paragraphs = article.select(".body > p");
        Element withNote = paragraphs.get(paragraphs.size() - 2).clone();
        withNote.select(".note").remove();
        String payload = withNote.wholeText();
        assertEquals("前文：" + PAYLOAD + " <a href=\"javascript:alert(1)\">a</a> " + TERM + "，測試詞。", payload);
        String markup = paragraphs.get(paragraphs.size() - 1).text();
        assertTrue(markup.startsWith(ATTRIBUTE + "，" + ATTRIBUTE + "。"), markup);
        Element note = article.selectFirst(".note");
        assertTrue(note != null, () -> "the hostile term is annotated: " + paragraphs.get(paragraphs.size() - 2).outerHtml());
        assertEquals(PAYLOAD, note.selectFirst(".note-en").text());
        assertEquals(PAYLOAD, note.selectFirst(".note-text").text());

        Document glossary = parse(project.site().resolve("zh-Hant/glossary.html"));
        assertEquals(TERM, glossary.selectFirst("dfn").text());
        assertTrue(glossary.selectFirst(".aliases").text().contains(PAYLOAD));
        assertTrue(glossary.selectFirst("h2").text().startsWith(PAYLOAD));

        Document hans = parse(project.site().resolve("zh-Hans/deepseek-shock.html"));
        List<Element> hansParagraphs = hans.select(".body > p");
        String converted = hansParagraphs.get(hansParagraphs.size() - 2).text();
        assertTrue(converted.endsWith(PAYLOAD + "。"), "the conversion rule's hostile output is text: " + converted);
        assertTrue(hansParagraphs.get(hansParagraphs.size() - 1).text().startsWith(ATTRIBUTE + "，" + ATTRIBUTE + "。"), hansParagraphs.get(hansParagraphs.size() - 1).text());
    }

    private static Document parse(Path page) {
        return Jsoup.parse(read(page));
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
