package org.zhedition.body;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.zhedition.content.Images;
import org.zhedition.glossary.Term;
import org.zhedition.glossary.TermNode;
import org.zhedition.markdown.Figure;
import org.zhedition.markdown.FigureBlock;
import org.zhedition.markdown.Markdown;

/**
 * Renders an annotated edition's body to HTML, one top-level block at a time.
 *
 * <p>Each block gets an id from its position ({@code p3}, {@code h1}, {@code f2}). Both editions
 * have the same block structure, so the same id names the same paragraph in both: the script
 * switch and the parallel view rely on that.
 */
public final class BodyRenderer {
    /** One top-level block of the body. */
    public record Block(String id, String kind, String html) {
    }

    /**
     * The body as the e-book shows it (EPUB 3 XHTML): each term a note reference, its note a
     * footnote after the block ({@code <aside epub:type="footnote">}, a pop-up on e-readers).
     * Its table of contents is the article's {@link #headings}, as the page's is.
     */
    public record Book(List<Block> blocks) {
        public Book {
            blocks = List.copyOf(blocks);
        }
    }

    /** The words the notes and figures print around the content, in the edition's script. */
    public record Words(String photo, String glossaryEntry, String glossaryPage) {
    }

    /** How every term button starts; content cannot produce it, since its text is escaped. */
    private static final String BUTTON = "<button type=\"button\" class=\"term\" ";
    /** How every term ends: the label that holds its button and its text. */
    private static final String TERM_END = "</label>";
    /** How every term starts in the e-book. */
    private static final String NOTEREF = "<a epub:type=\"noteref\" class=\"noteref\" ";

    /**
     * Puts each term's note right after the term (after its label, so that a click inside an
     * open note is not a click on the label, which would toggle the note).
     *
     * <p>The notes are added here, in one pass over the finished HTML, rather than written through
     * flexmark's HTML writer: that writer looks at every character it is given, and the notes are
     * most of a page's text.
     */
    private String withNotes(String html, Function<String, String> noteOf) {
        StringBuilder out = new StringBuilder(html.length() * 3);
        int at = 0;
        for (int button = html.indexOf(BUTTON); button >= 0; button = html.indexOf(BUTTON, at)) {
            int end = html.indexOf(TERM_END, button) + TERM_END.length();
            out.append(html, at, end)
                    .append("<span class=\"note\" id=\"").append(attribute(html, button, "popovertarget")).append("\" popover>")
                    .append(noteOf.apply(attribute(html, button, "data-term")));
            at = end;
        }
        return out.append(html, at, html.length()).toString();
    }

    /** The value of attribute {@code name} of the tag starting at {@code tag}. */
    private static String attribute(String html, int tag, String name) {
        int value = html.indexOf(" " + name + "=\"", tag) + name.length() + 3;
        return html.substring(value, html.indexOf('"', value));
    }

    /** The inside of a term's note, in the edition's words; made once per entry. */
    private String note(Term t) {
        return noteText(t) + " <a class=\"note-link\" href=\"" + words.glossaryPage() + "#" + t.id() + "\">"
                + Escaping.escapeHtml(words.glossaryEntry(), false) + "</a></span>";
    }

    /** What a note says: the entry's headword, its English and its text. */
    private static String noteText(Term t) {
        return "<span class=\"note-head\"><dfn>" + Escaping.escapeHtml(t.term(), false)
                + "</dfn> <span class=\"note-en\" lang=\"en\">" + Escaping.escapeHtml(t.en(), false)
                + "</span></span> <span class=\"note-text\">" + Escaping.escapeHtml(t.note(), false) + "</span>";
    }

    /**
     * A term's note as an e-book footnote: no link to the glossary page (the book has none), a
     * link back to the term instead.
     */
    private static String footnote(TermNode n) {
        return "<aside epub:type=\"footnote\" class=\"footnote\" id=\"n" + n.number() + "\"><p>" + noteText(n.term())
                + " <a class=\"back\" href=\"#t" + n.number() + "\">↩</a></p></aside>";
    }

    /** Cannot occur in rendered content: CommonMark replaces U+0000 in input with U+FFFD. */
    private static final String SEPARATOR = "\u0000";
    /**
     * Stands for the id prefix in a render shared by two renderers ({@link #render(Document,
     * BodyRenderer)}): a noncharacter, which no input may hold ({@link org.zhedition.input.Invisible}).
     */
    private static final char PREFIX_MARK = '\uFFFF';
    /** Each id prefix a term's markup holds: its button, its note, its word (twice). */
    private static final int MARKS_PER_TERM = 4;

    private final HtmlRenderer renderer;
    /** The e-book's: terms as note references, images beside the text. */
    private final HtmlRenderer bookRenderer;
    private final String prefix;
    private final Words words;
    /** Each entry's note, by entry id: filled as terms are rendered, by every thread rendering this edition. */
    private final Map<String, String> notes = new ConcurrentHashMap<>();
    /** The shared render's: {@link #PREFIX_MARK} where the prefix goes, the terms it met kept by id. */
    private final HtmlRenderer markedRenderer;
    private final Map<String, Term> terms = new ConcurrentHashMap<>();

    /**
     * @param prefix put before every id, so that two editions can share one page (parallel view)
     */
    public BodyRenderer(Words words, String prefix) {
        this.prefix = prefix;
        this.words = words;
        MutableDataSet options = new MutableDataSet()
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(javascript|vbscript|data):.*");
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new EditionNodes(words, prefix, t -> notes.computeIfAbsent(t.id(), id -> note(t)), false))
                .build();
        this.markedRenderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new EditionNodes(words, String.valueOf(PREFIX_MARK), t -> terms.putIfAbsent(t.id(), t), false))
                .build();
        this.bookRenderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new EditionNodes(words, prefix, t -> { }, true))
                .linkResolverFactory(new BookImages())
                .build();
    }

    public List<Block> render(Document document) {
        return blocks(document, withNotes(renderer.render(document), notes::get), false);
    }

    /**
     * This renderer's blocks and {@code other}'s, of the same document, from one pass of
     * flexmark's HTML writer (most of the cost of a render): the two may differ only in the prefix
     * of their ids and in the words of their notes, which are put in afterwards. Each list is
     * what {@link #render(Document)} of its renderer gives. Should the shared render hold any
     * other {@link #PREFIX_MARK} than those of its terms, or the renderers print figures
     * differently, each renders on its own.
     */
    public List<List<Block>> render(Document document, BodyRenderer other) {
        if (!words.photo().equals(other.words.photo())) {
            return List.of(render(document), other.render(document));
        }
        String marked = markedRenderer.render(document);
        int expected = 0;
        for (Node d : document.getDescendants()) {
            if (d instanceof TermNode) {
                expected += MARKS_PER_TERM;
            }
        }
        if (marked.chars().filter(c -> c == PREFIX_MARK).count() != expected) {
            return List.of(render(document), other.render(document));
        }
        return List.of(fromMarked(marked, document, terms), other.fromMarked(marked, document, terms));
    }

    /** This renderer's blocks from a shared render: its prefix put in, its notes after the terms. */
    private List<Block> fromMarked(String marked, Document document, Map<String, Term> met) {
        String html = marked.replace(String.valueOf(PREFIX_MARK), prefix);
        return blocks(document, withNotes(html, id -> notes.computeIfAbsent(id, k -> note(met.get(k)))), false);
    }

    /**
     * The body as the e-book shows it. XHTML: void elements are closed ({@code <br/>}, which
     * flexmark writes {@code <br />}: no text can hold {@code " />"}, as {@code >} is escaped).
     */
    public Book book(Document document) {
        String html = bookRenderer.render(document).replace(" />", "/>");
        return new Book(blocks(document, html, true));
    }

    /**
     * What a reader sees of a heading as text, read off the tree: inline HTML as written (the
     * page shows it escaped), no images, line breaks as newlines.
     */
    private static String plainText(Node n) {
        if (n instanceof HtmlInlineBase) {
            return n.getChars().toString();
        } else if (n instanceof Image || n instanceof ImageRef) {
            return "";
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            return "\n";
        } else if (n instanceof Code || !n.hasChildren()) {
            return new TextCollectingVisitor().collectAndGetText(n);
        }
        StringBuilder out = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            out.append(plainText(c));
        }
        return out.toString();
    }

    /**
     * The rendered document cut into its blocks. It is rendered as one document (flexmark
     * resolves links only from the document), then cut at the separator EditionNodes puts after
     * each top-level block.
     *
     * @param footnotes put each block's notes after it, as footnotes (the e-book)
     */
    private List<Block> blocks(Document document, String rendered, boolean footnotes) {
        String[] html = rendered.split(SEPARATOR, -1);
        List<Node> top = Markdown.blocks(document);
        if (html.length - 1 != top.size()) {
            // Input checks keep U+0000 out of every text; were one to get through, no block may be dropped silently.
            throw new IllegalStateException("the rendered body has " + (html.length - 1) + " parts for " + top.size() + " blocks");
        }
        List<Block> blocks = new ArrayList<>();
        int index = 0;
        int paragraphs = 0;
        int headings = 0;
        int figures = 0;
        int others = 0;
        for (Node n : top) {
            String kind;
            String id;
            if (n instanceof Paragraph) {
                kind = "p";
                id = "p" + ++paragraphs;
            } else if (n instanceof com.vladsch.flexmark.ast.Heading) {
                kind = "h";
                id = "h" + ++headings;
            } else if (n instanceof FigureBlock) {
                kind = "figure";
                id = "f" + ++figures;
            } else {
                kind = "block";
                id = "b" + ++others;
            }
            String block = withId(html[index++].strip(), prefix + id);
            if (footnotes) {
                StringBuilder b = new StringBuilder(block);
                for (Node d : n.getDescendants()) {
                    if (d instanceof TermNode t) {
                        b.append('\n').append(footnote(t));
                    }
                }
                block = b.toString();
            }
            blocks.add(new Block(id, kind, block));
        }
        return blocks;
    }

    /**
     * One heading of the body: its block id ({@code h2}: the same in every edition, so the
     * script switch keeps the reader's place), its level (2 for {@code ##}) and its text as the
     * edition prints it, without markup: read off the tree as the heading shows it (inline HTML
     * as written, which the page shows escaped; no images; line breaks as newlines). What the
     * page's table of contents and the e-book's list.
     */
    public record Heading(String id, int level, String text) {
    }

    /**
     * The document's top-level headings in order, with the ids {@link #render} gives their blocks:
     * what an article's table of contents lists.
     */
    public static List<Heading> headings(Document document) {
        List<Heading> out = new ArrayList<>();
        int headings = 0;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                out.add(new Heading("h" + ++headings, h.getLevel(), plainText(h).strip()));
            }
        }
        return out;
    }

    /** Puts {@code id} on the block's outer element. */
    private static String withId(String html, String id) {
        int close = html.indexOf('>');
        if (!html.startsWith("<") || close < 0) {
            return html;
        }
        int nameEnd = 1;
        while (nameEnd < close && Character.isLetterOrDigit(html.charAt(nameEnd))) {
            nameEnd++;
        }
        return html.substring(0, nameEnd) + " id=\"" + id + "\"" + html.substring(nameEnd);
    }

    /** Renders glossary terms as toggletips and figure blocks as captioned figures. */
    private static final class EditionNodes implements NodeRenderer {
        private final Words words;
        private final String prefix;
        /** Called with each term rendered, so that its note is ready for {@link #withNotes}. */
        private final Consumer<Term> noted;
        /** The e-book's markup: terms as note references, images beside the text, XHTML. */
        private final boolean book;

        EditionNodes(Words words, String prefix, Consumer<Term> noted, boolean book) {
            this.words = words;
            this.prefix = prefix;
            this.noted = noted;
            this.book = book;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Document.class, this::document),
                    new NodeRenderingHandler<>(TermNode.class, this::term),
                    new NodeRenderingHandler<>(FigureBlock.class, this::figure),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced));
        }

        private void document(Document node, NodeRendererContext context, HtmlWriter html) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
                html.raw(SEPARATOR);
            }
        }

        /**
         * A term: its text in a label, which is an ordinary inline element, so that the text breaks
         * like the text around it (a button is an atomic inline, which moves whole to the next line
         * and leaves a gap before it), and the punctuation after it follows the line
         * breaking rules of the text (no comma at the start of a line). The label's control is a
         * button with no box of its own in the line, named by the term, that opens the note as a
         * popover: a click or tap on the term is a click on the button (the label's activation), so
         * the note opens on tap, click, Enter and Space without JavaScript, and screen readers meet
         * one collapsed button named by the term, tied to its note (the visible text is hidden from
         * them so that the term is not read twice). The note follows the label; {@link #withNotes}
         * puts it there.
         */
        private void term(TermNode node, NodeRendererContext context, HtmlWriter html) {
            Term t = node.term();
            if (book) {
                // EPUB 3's note reference; the note is a footnote after the block (see #footnote).
                html.raw(NOTEREF + "href=\"#" + prefix + "n" + node.number() + "\" id=\"" + prefix + "t" + node.number() + "\">");
                html.text(node.getChars().toString());
                html.raw("</a>");
                return;
            }
            noted.accept(t);
            String word = prefix + "w" + node.number();
            html.raw("<label class=\"term-word\">" + "<button type=\"button\" class=\"term\" id=\"" + prefix + "t" + node.number()
                    + "\" popovertarget=\"" + prefix + "n" + node.number() + "\" data-term=\"" + t.id() + "\" aria-labelledby=\"" + word
                    + "\"></button><span class=\"term-text\" id=\"" + word + "\" aria-hidden=\"true\">");
            html.text(node.getChars().toString());
            html.raw("</span>" + TERM_END);
        }

        private void fenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            if (Markdown.isFigure(node)) {
                throw new IllegalStateException("a figure block not read by Markdown.figures: parse the body with Markdown.article");
            }
            context.delegateRender();
        }

        private void figure(FigureBlock node, NodeRendererContext context, HtmlWriter html) {
            Figure f = node.figure();
            html.raw("<figure class=\"photo\">");
            if (!f.image().isEmpty()) {
                String src = book ? BookImages.address(f.image()) : f.image();
                html.raw("<img src=\"" + Escaping.escapeHtml(src, false) + "\" alt=\"" + Escaping.escapeHtml(f.alt(), false)
                        + (book ? "\"/>" : "\">"));
            }
            html.raw("<figcaption>").text(f.caption());
            if (!f.credit().isEmpty()) {
                html.raw(" <span class=\"credit\">").text(words.photo() + f.credit()).raw("</span>");
            }
            html.raw("</figcaption></figure>\n");
        }
    }

    /**
     * The e-book keeps its images beside its text: an image the page shows as
     * {@code ../media/x.jpg} is {@code media/x.jpg} in the book.
     */
    private static final class BookImages implements LinkResolverFactory {
        static String address(String url) {
            return url.startsWith(Images.PREFIX) ? Images.FOLDER + "/" + url.substring(Images.PREFIX.length()) : url;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> link.getLinkType() == LinkType.IMAGE && link.getUrl().startsWith(Images.PREFIX)
                    ? link.withUrl(address(link.getUrl())).withStatus(LinkStatus.VALID) : link;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
