package org.zhedition.offline;

import org.zhedition.glossary.Annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.zhedition.content.SiteConfig;
import org.zhedition.glossary.Annotator;
import org.zhedition.glossary.Glossary;
import org.zhedition.glossary.Term;
import org.zhedition.markdown.Markdown;
import org.zhedition.body.BodyRenderer;

class EpubBookTest {
    private static final Glossary GLOSSARY = new Glossary(List.of(new Glossary.Category("人工智能", "AI", List.of(
            new Term("open-source", "開源", List.of(), "open source", "公開原始碼 & <權重>。", List.of(), "人工智能", Path.of("g.yaml"), 1)))));

    private static BodyRenderer.Book book(String markdown) {
        Document d = Markdown.parse(markdown);
        new Annotator(GLOSSARY, Annotate.EVERY).annotate(d);
        return new BodyRenderer(new BodyRenderer.Words("攝：", "條目", "glossary.html"), "").book(d);
    }

    @Test
    void aToggletipBecomesANoteReferenceAndAFootnote() throws Exception {
        String x = book("DeepSeek 是開源模型，<b>也</b>談開源。\n").blocks().get(0).html();
        String[] parts = x.split("\n");
        assertFalse(parts[0].contains("<button") || parts[0].contains("popover"), x);
        assertEquals(3, parts.length, "the paragraph, then its two footnotes: " + x);
        assertTrue(parts[0].contains("<a epub:type=\"noteref\" class=\"noteref\" href=\"#n1\" id=\"t1\">開源</a>"), x);
        assertTrue(parts[1].startsWith("<aside epub:type=\"footnote\" class=\"footnote\" id=\"n1\">"), parts[1]);
        assertTrue(parts[1].contains("公開原始碼 &amp; &lt;權重&gt;。"), "note text stays escaped");
        assertFalse(parts[1].contains("glossary.html"), "the book has no glossary page to link to");
        assertTrue(parts[0].contains("&lt;b&gt;也&lt;/b&gt;"), "raw HTML stays inert");
        wellFormed(x);
    }

    @Test
    void theBookIsXhtmlWithItsImagesBesideItAndHeadingsInItsContents() throws Exception {
        String markdown = "## 標題 *甲* `乙` &amp; <i>\n\n一  \n二\n\n---\n\n![圖](../media/a.png)\n";
        BodyRenderer.Book b = book(markdown);
        String x = String.join("\n", b.blocks().stream().map(BodyRenderer.Block::html).toList());
        assertTrue(x.contains("一<br/>\n二"), x);
        assertTrue(x.contains("<hr id=\"b1\"/>"), x);
        assertTrue(x.contains("<img src=\"media/a.png\" alt=\"圖\"/>"), x);
        // One list of headings for the page's table of contents and the book's: the text as the heading shows it.
        assertEquals(List.of(new BodyRenderer.Heading("h1", 2, "標題 甲 乙 & <i>")), BodyRenderer.headings(Markdown.parse(markdown)));
        wellFormed(x);
    }

    @Test
    void theArchiveIsAnEpubContainerAndReproducible() throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        entries.put("META-INF/container.xml", "<c/>".getBytes(StandardCharsets.UTF_8));
        entries.put("EPUB/b.xhtml", "b".getBytes(StandardCharsets.UTF_8));
        entries.put("EPUB/a.xhtml", "a".getBytes(StandardCharsets.UTF_8));
        byte[] zip = EpubBook.zip(entries);
        assertArrayEquals(zip, EpubBook.zip(new TreeMap<>(entries)), "same entries, same bytes");
        // The first local header: signature, then 'mimetype' stored with no extra field, as OCF requires.
        assertEquals("PK\u0003\u0004", new String(zip, 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals(0, zip[8] | zip[9], "mimetype is stored, not compressed");
        assertEquals(0, zip[28] | zip[29], "no extra field");
        assertEquals("mimetypeapplication/epub+zip", new String(zip, 30, 28, StandardCharsets.US_ASCII));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(EpubBook.FIXED_TIME, e.getTimeLocal(), e.getName());
            }
        }
        assertEquals(List.of("mimetype", "EPUB/a.xhtml", "EPUB/b.xhtml", "META-INF/container.xml"), names);
    }

    @Test
    void identifiersAreStableAndDistinct() {
        var hant = org.zhedition.script.Script.HANT;
        var hans = org.zhedition.script.Script.HANS;
        assertEquals(EpubBook.identifier(hant.tag(), "a"), EpubBook.identifier(hant.tag(), "a"));
        assertFalse(EpubBook.identifier(hant.tag(), "a").equals(EpubBook.identifier(hans.tag(), "a")));
        assertTrue(EpubBook.identifier(hant.tag(), "a").matches("urn:uuid:[0-9a-f-]{36}"));
    }

    static void wellFormed(String fragment) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">" + fragment + "</div>")));
    }
}
