package org.zhedition.search;

import org.zhedition.site.SiteLayout;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.glossary.Term;
import org.zhedition.markdown.Figure;
import org.zhedition.markdown.FigureBlock;
import org.zhedition.markdown.Markdown;
import org.zhedition.body.BodyRenderer.Block;

/**
 * What the search reads of one page in one edition: its address, its title, and the plain text of
 * each part a result can link to (a paragraph, heading or figure of an article by its block id; a
 * glossary entry by its id). Made from the models, the converted Markdown and the glossary, never
 * from the HTML pages.
 *
 * @param href     the page, relative to the site's root ({@code zh-Hant/deepseek-shock.html})
 * @param glossary whether this is an edition's glossary (its parts are entries)
 */
public record SearchDocument(String href, String title, boolean glossary, List<Part> parts) {
    public SearchDocument {
        parts = List.copyOf(parts);
    }

    /**
     * One part a result links to.
     *
     * @param id    the fragment ({@code p3}, {@code h1}, an entry id); empty for the page's head
     *              (title and standfirst)
     * @param kind  {@code title}, {@code p}, {@code h}, {@code figure}, {@code block} or {@code entry}
     * @param forms for an entry, its headword and aliases (a query equal to one ranks first)
     */
    public record Part(String id, String kind, String text, List<String> forms) {
        public Part {
            forms = List.copyOf(forms);
        }
    }

    /**
     * An article in one edition: its head, then each block of its body that has text, named as
     * the body renderer names them ({@link EditionArticle#blockTexts()}, made by
     * {@link #blockTexts} in the article stage from the same tree the renderer saw).
     */
    public static SearchDocument of(EditionArticle a) {
        var text = a.text();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("", "title", join(text.title(), text.standfirst()), List.of()));
        List<Block> blocks = a.blocks();
        List<String> texts = a.blockTexts();
        for (int i = 0; i < texts.size() && i < blocks.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                parts.add(new Part(blocks.get(i).id(), blocks.get(i).kind(), texts.get(i), List.of()));
            }
        }
        return new SearchDocument(SiteLayout.articlePage(text.edition().id(), a.slug()), text.title(), false, parts);
    }

    /**
     * The text a reader sees in each top-level block of a converted body, in order (one per block
     * the body renderer makes), stripped. Read from the parsed body before glossary terms are
     * marked in it.
     */
    public static List<String> blockTexts(Document body) {
        List<String> out = new ArrayList<>();
        for (Node n = body.getFirstChild(); n != null; n = n.getNext()) {
            out.add(plain(n).strip());
        }
        return out;
    }

    /** An edition's glossary: one part per entry (headword, aliases, English, note). */
    public static SearchDocument glossary(Edition e) {
        List<Part> parts = new ArrayList<>();
        for (Term t : e.glossary().terms()) {
            StringBuilder s = new StringBuilder(t.term());
            if (!t.aliases().isEmpty()) {
                s.append('（').append(String.join("、", t.aliases())).append('）');
            }
            if (!t.en().isEmpty()) {
                s.append(' ').append(t.en());
            }
            s.append('：').append(t.note());
            parts.add(new Part(t.id(), "entry", s.toString(), t.forms()));
        }
        return new SearchDocument(SiteLayout.glossaryPage(e.id()),
                e.labels().getOrDefault("glossary", ""), true, parts);
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a.isEmpty() ? b : a + " " + b;
    }

    /** The text a reader sees in a block: text, code, image descriptions, figure caption and credit. */
    static String plain(Node block) {
        if (block instanceof FencedCodeBlock f) {
            if (f instanceof FigureBlock figure) {
                Figure fig = figure.figure();
                return String.join(" ", List.of(fig.caption(), fig.alt(), fig.credit()).stream()
                        .filter(x -> !x.isEmpty()).toList());
            }
            return f.getContentChars().toString();
        }
        if (block instanceof IndentedCodeBlock || block instanceof HtmlBlock) {
            return block.getChars().toString();
        }
        StringBuilder out = new StringBuilder();
        collect(block, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) {
                out.append(n.getChars().unescape());
            } else if (n instanceof Code c) {
                out.append(c.getText());
            } else if (n instanceof HtmlInline || n instanceof HtmlEntity) {
                out.append(n instanceof HtmlEntity ? n.getChars().unescape() : n.getChars());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(breakBetween(out, n.getNext()));
            } else if (n instanceof Image img) {
                out.append(img.getText().unescape());
            } else if (n instanceof com.vladsch.flexmark.util.ast.Block && !(n instanceof Document)) {
                // A list item, a quotation, a nested paragraph: parts of one block, a space apart.
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(plain(n));
            } else {
                collect(n, out);  // emphasis, links: their text
            }
        }
    }

    /** A line break inside Chinese text is no space; between Latin words it is one. */
    private static String breakBetween(StringBuilder before, Node next) {
        char last = before.length() == 0 ? ' ' : before.charAt(before.length() - 1);
        String after = next == null ? "" : next.getChars().toString();
        char first = after.isEmpty() ? ' ' : after.charAt(0);
        return isHan(last) || isHan(first) ? "" : " ";
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
