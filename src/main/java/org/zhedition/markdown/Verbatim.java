package org.zhedition.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.zhedition.input.ContentError;

/**
 * Converts the text of a Markdown source while keeping everything that is not prose verbatim:
 * code, link and image addresses (also a figure's {@code image:} and a reference definition's
 * address), raw HTML and entities.
 *
 * <p>Everything else is text and is converted: bracketed text that is no link ({@code [編按：…]},
 * {@code [[…]]}, {@code [^1]}), emphasis, headings, table rows, link text and titles. A reference
 * label is converted too, in the reference and in its definition alike ({@code [晶片]} and
 * {@code [晶片]: https://…} both become {@code [芯片]}), so that it still resolves: no dictionary key
 * or rule contains a bracket, so a label converts the same wherever it stands.
 *
 * <p>Conversion happens on the source, before the edition's own parse, so that OpenCC sees whole
 * sentences (phrases across emphasis marks still match); flexmark tells where the verbatim parts
 * are, so no hand-written Markdown scanner is needed.
 */
public final class Verbatim {
    private Verbatim() {
    }

    /** A stretch of prose: text a reader sees, starting at offset {@code start} of the source. */
    public record Stretch(int start, String text) {
    }

    /** Applies {@code convert} to every stretch of {@code markdown} that a reader sees as text. */
    public static String convertText(String markdown, UnaryOperator<String> convert) {
        return convertText(markdown, prose(markdown), convert);
    }

    /** The same, from {@code document}, the parse of {@code markdown} the caller already has. */
    public static String convertText(String markdown, Document document, UnaryOperator<String> convert) {
        return convertText(markdown, prose(markdown, document), convert);
    }

    /** The same, from {@code prose}, the stretches of {@code markdown} the caller already has. */
    public static String convertText(String markdown, List<Stretch> prose, UnaryOperator<String> convert) {
        if (prose.size() == 1 && prose.get(0).text().length() == markdown.length()) {
            return convert.apply(markdown);  // nothing verbatim: no copy
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int pos = 0;
        for (Stretch s : prose) {
            out.append(markdown, pos, s.start()).append(convert.apply(s.text()));
            pos = s.start() + s.text().length();
        }
        return out.append(markdown, pos, markdown.length()).toString();
    }

    /** The stretches of {@code markdown} that a reader sees as text, in order. */
    public static List<Stretch> prose(String markdown) {
        return prose(markdown, null, 1);
    }

    /**
     * The stretches of {@code markdown} that a reader sees as text, in order, after the checks
     * {@link Markdown#parse(String, Path, int)} makes (which throws a {@link ContentError} naming
     * {@code file} and the line). Without flexmark's parse when {@link VerbatimScan} proves where
     * the verbatim parts are: the same stretches, at a fraction of the cost on a long text.
     *
     * @param firstLine the 1-based line of {@code file} where {@code markdown} starts, for errors
     */
    public static List<Stretch> prose(String markdown, Path file, int firstLine) {
        Optional<List<int[]>> scanned = VerbatimScan.ranges(markdown);
        if (scanned.isPresent()) {
            Markdown.checkBlockDepth(markdown, file, firstLine);
            return prose(markdown, scanned.get());
        }
        return prose(markdown, ranges(Markdown.parse(markdown, file, firstLine)));
    }

    /** The same, from {@code document}, the parse of {@code markdown} the caller already has. */
    public static List<Stretch> prose(String markdown, Document document) {
        return prose(markdown, ranges(document));
    }

    private static List<Stretch> prose(String markdown, List<int[]> ranges) {
        List<Stretch> out = new ArrayList<>();
        int pos = 0;
        for (int[] r : ranges) {
            if (r[0] > pos) {
                out.add(new Stretch(pos, markdown.substring(pos, r[0])));
            }
            pos = Math.max(pos, r[1]);
        }
        if (pos < markdown.length()) {
            out.add(new Stretch(pos, markdown.substring(pos)));
        }
        return out;
    }

    /** Sorted, non-overlapping [start, end) ranges that must not change. */
    static List<int[]> ranges(Document document) {
        List<int[]> ranges = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof Code || n instanceof IndentedCodeBlock || n instanceof HtmlBlock
                    || n instanceof HtmlInline || n instanceof HtmlEntity || n instanceof AutoLink
                    || n instanceof MailLink
                    || n instanceof FencedCodeBlock f && !Markdown.isFigure(f)) {
                add(ranges, n.getChars());
            } else if (n instanceof FencedCodeBlock figure) {
                addImageAddress(ranges, figure);
            } else if (n instanceof Link link) {
                add(ranges, link.getUrl());
            } else if (n instanceof Image image) {
                add(ranges, image.getUrl());
            } else if (n instanceof Reference definition) {
                add(ranges, definition.getUrl());
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        return ranges;
    }

    /** A figure's text is prose, but the file name on its {@code image:} line is not. */
    private static void addImageAddress(List<int[]> ranges, FencedCodeBlock figure) {
        for (BasedSequence line : figure.getContentLines()) {
            String text = line.toString();
            int key = text.indexOf("image:");
            if (key >= 0 && text.substring(0, key).isBlank()) {
                add(ranges, line.subSequence(key + "image:".length()).trimEnd());
            }
        }
    }

    private static void add(List<int[]> ranges, BasedSequence chars) {
        if (chars != null && chars.isNotNull() && !chars.isEmpty()) {
            ranges.add(new int[] {chars.getStartOffset(), chars.getEndOffset()});
        }
    }
}
