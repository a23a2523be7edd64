package org.zhedition.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import org.zhedition.input.ContentError;

/**
 * The Markdown dialect of the edition: CommonMark, with raw HTML shown as text (an article is
 * content, not markup: a stray {@code <script>} must come out inert) and one block of our own, the
 * {@code ```figure} fence.
 *
 * <p>A {@link Parser} is immutable and thread-safe once built, so one instance serves all
 * articles and editions.
 */
public final class Markdown {
    /** The info string that turns a fenced block into a figure. */
    public static final String FIGURE = "figure";

    /**
     * The parser, built on first use: the checks that need no parse ({@link Verbatim#prose(String,
     * Path, int)} on a text that {@link VerbatimScan} reads) do not load flexmark at all.
     */
    private static final class Parsing {
        static final DataHolder OPTIONS = new MutableDataSet()
                .set(Parser.HTML_BLOCK_PARSER, true)
                .toImmutable();

        static final Parser PARSER = Parser.builder(OPTIONS).build();
    }

    private Markdown() {
    }

    /**
     * How deep block quotes and lists may nest. Flexmark parses and renders nested blocks by
     * recursion, so a thousand {@code >} or ten thousand nested list items would overflow the
     * stack; no article nests more than a few levels.
     */
    public static final int MAX_DEPTH = 64;

    public static Document parse(String markdown) {
        return parse(markdown, null, 1);
    }

    /**
     * Parses an article body.
     *
     * @param file      the file it comes from, for messages (null: none)
     * @param firstLine the line of {@code file} where {@code markdown} starts
     * @throws ContentError when block quotes or lists nest deeper than {@link #MAX_DEPTH}
     */
    public static Document parse(String markdown, Path file, int firstLine) {
        checkBlockDepth(markdown, file, firstLine);
        Document document;
        try {
            document = Parsing.PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            throw new ContentError(file, firstLine + overflowing(markdown), "the Markdown nests too deeply to be read "
                    + "(e.g. thousands of emphasis marks or brackets inside each other)", NEST_LESS);
        }
        // Flexmark renders by recursion too: a tree deeper than this would overflow the stack there.
        Map<Node, Integer> depth = new IdentityHashMap<>();
        for (Node n : document.getDescendants()) {
            int d = depth.getOrDefault(n.getParent(), 0) + 1;
            if (d > MAX_TREE_DEPTH) {
                throw new ContentError(file, firstLine + n.getLineNumber(), "emphasis, links or other marks nest more than "
                        + MAX_TREE_DEPTH + " levels deep here", NEST_LESS);
            }
            depth.put(n, d);
        }
        return document;
    }

    /** The check {@link #parse} makes before parsing: block quotes and lists no deeper than {@link #MAX_DEPTH}. */
    static void checkBlockDepth(String markdown, Path file, int firstLine) {
        int line = tooDeep(markdown);
        if (line >= 0) {
            throw new ContentError(file, firstLine + line, "block quotes or lists nest more than " + MAX_DEPTH
                    + " levels deep here", "nest fewer '>' or list items inside each other (a few levels are plenty)");
        }
    }

    /** How deep a parsed body's tree may be: blocks, then emphasis and links inside them. */
    static final int MAX_TREE_DEPTH = 2 * MAX_DEPTH;
    private static final String NEST_LESS = "nest fewer marks inside each other (a few levels are plenty)";

    /**
     * The 0-based line of the paragraph whose parse overflows the stack, found by parsing each
     * paragraph on its own (only after a parse of the whole has overflowed); 0 when none does.
     */
    private static int overflowing(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int start = 0;
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                try {
                    Parsing.PARSER.parse(chunk.toString());
                } catch (StackOverflowError e) {
                    return start;
                }
                chunk.setLength(0);
                start = i + 1;
            } else {
                chunk.append(lines[i]).append('\n');
            }
        }
        return 0;
    }

    /**
     * The 0-based line where block containers nest deeper than {@link #MAX_DEPTH}, or -1. Counted
     * before parsing, from each line's start: every {@code >} and list marker opens a level, and
     * a list item's indentation can hold one level per two columns. Over-counting is harmless:
     * the limit is far above any real article.
     */
    static int tooDeep(String markdown) {
        int line = 0;
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int depth = 0;
            int columns = 0;
            boolean marker = false;
            while (i < n) {
                char c = markdown.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    i++;
                } else if (c == '>') {
                    depth++;
                    i++;
                } else if ((c == '-' || c == '+' || c == '*') && (i + 1 >= n || markdown.charAt(i + 1) == ' '
                        || markdown.charAt(i + 1) == '\t' || markdown.charAt(i + 1) == '\n')) {
                    depth++;
                    marker = true;
                    i++;
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < n && j - i < 9 && markdown.charAt(j) >= '0' && markdown.charAt(j) <= '9') {
                        j++;
                    }
                    if (j < n && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')')
                            && (j + 1 >= n || markdown.charAt(j + 1) == ' ' || markdown.charAt(j + 1) == '\n')) {
                        depth++;
                        marker = true;
                        i = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            if (depth + (marker ? columns / 2 : 0) > MAX_DEPTH) {
                return line;
            }
            int end = markdown.indexOf('\n', i);
            if (end < 0) {
                break;
            }
            i = end + 1;
            line++;
        }
        return -1;
    }

    /** {@link #article(String, Path, int)} for a text that comes from no file. */
    public static Document article(String markdown) {
        return article(markdown, null, 1);
    }

    /**
     * Parses an article body and reads its figures ({@link #figures}): the tree the edition
     * stages work on.
     */
    public static Document article(String markdown, Path file, int firstLine) {
        return figures(parse(markdown, file, firstLine), file, firstLine);
    }

    /**
     * Turns each {@code ```figure} block of {@code document} into a {@link FigureBlock} carrying
     * its parsed {@link Figure}: the one place a figure's text is read.
     *
     * @param firstLine the line of {@code file} where the parsed text starts
     * @throws ContentError naming the line when a figure block is not closed or its fields are wrong
     * @return {@code document}
     */
    public static Document figures(Document document, Path file, int firstLine) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof FencedCodeBlock block && !(n instanceof FigureBlock) && isFigure(block)) {
                blocks.add(block);
            }
        }
        for (FencedCodeBlock block : blocks) {
            int line = firstLine + block.getLineNumber() + 1;
            if (block.getClosingMarker().isEmpty()) {
                throw new ContentError(file, line - 1, "figure block is not closed", "add a line with only ``` after the credit");
            }
            FigureBlock figure = new FigureBlock(block, Figure.parse(block.getContentChars().toString(), file, line));
            block.insertBefore(figure);
            block.unlink();
        }
        return document;
    }

    public static boolean isFigure(FencedCodeBlock block) {
        return FIGURE.equals(block.getInfo().toString().strip());
    }

    /**
     * The top-level block that holds {@code n} (a paragraph, heading, list, figure…): the unit the
     * body renderer gives an id, the script switch and the parallel view pair up, and a heading
     * starts a section of. The one definition of a "block" of an article.
     */
    public static Node blockOf(Node n) {
        Node top = n;
        while (top.getParent() != null && !(top.getParent() instanceof Document)) {
            top = top.getParent();
        }
        return top;
    }

    /** The position of the top-level block holding {@code n} among the document's blocks, from 0. */
    public static int blockIndex(Node n) {
        int index = 0;
        for (Node p = blockOf(n).getPrevious(); p != null; p = p.getPrevious()) {
            index++;
        }
        return index;
    }

    /** The document's top-level blocks, in order. */
    public static List<Node> blocks(Document document) {
        List<Node> out = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            out.add(n);
        }
        return out;
    }
}
