package org.zhedition.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what {@link Verbatim} keeps as written without flexmark's parse, for the texts where one
 * pass over the characters proves it: a text with no code, no address, no raw HTML and no entity
 * is prose from end to end, except the file name on a figure's {@code image:} line. Converting
 * such a text whole is then exactly converting it stretch by stretch, and parsing megabytes of
 * Markdown only to learn that costs more than the conversion itself ({@code convert} on a long
 * text, BENCHMARKS.md section 7).
 *
 * <p>The scan is conservative: it gives up (and the caller parses) on anything that could start a
 * construct whose text must be protected, whether or not it does:
 *
 * <ul>
 * <li>a backtick, except a line that is exactly {@code ```figure} and the line exactly
 * {@code ```} that closes it (code spans, fenced code);</li>
 * <li>{@code ~~~} anywhere (fenced code);</li>
 * <li>a tab, or four spaces in a row, anywhere (indented code, also inside lists and quotes);</li>
 * <li>{@code <} (raw HTML, autolinks) and {@code &} (entities) anywhere; a carriage return
 * (flexmark's other line ending);</li>
 * <li>{@code ]} followed, after any spaces or line breaks, by {@code (} (inline links and images),
 * and {@code ]:} (reference definitions, without which no reference resolves to an address).</li>
 * </ul>
 *
 * It also gives up on a paragraph that might nest deep enough for {@link Markdown#parse} to refuse
 * it (more emphasis marks and brackets, and block markers, than a bound well under
 * {@link Markdown#MAX_TREE_DEPTH}), so that a text the scan accepts is one the parse accepts; the
 * parse's line-based nesting check runs on accepted texts too. {@code VerbatimScanTest} checks,
 * over random Markdown, that an accepted text has exactly the ranges flexmark's parse gives.
 */
final class VerbatimScan {
    private static final String FIGURE_OPEN = "```" + Markdown.FIGURE;
    private static final String FENCE_CLOSE = "```";
    private static final String IMAGE_KEY = "image:";
    /**
     * Per paragraph, twice the block-marker prefix of its lines plus its emphasis marks and
     * brackets: each nesting level of the parsed tree needs one of them (a list level two nodes),
     * and the tree may be {@link Markdown#MAX_TREE_DEPTH} deep; the rest is margin.
     */
    static final int NESTING_BUDGET = Markdown.MAX_TREE_DEPTH - 28;

    private VerbatimScan() {
    }

    /**
     * The sorted, non-overlapping [start, end) ranges of {@code markdown} that must not change,
     * when the scan can prove them; empty when the text needs flexmark's parse.
     */
    static Optional<List<int[]>> ranges(String markdown) {
        int n = markdown.length();
        // On a copy: indexing an array costs the client compiler less than String.charAt, and
        // these loops see every character of texts of megabytes.
        char[] chars = markdown.toCharArray();
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == '<' || c == '&' || c == '\r' || c == '\t') {
                return Optional.empty();
            }
            if (c == ']') {
                int j = i + 1;
                while (j < n && (chars[j] == ' ' || chars[j] == '\n')) {
                    j++;
                }
                if (j < n && (chars[j] == '(' || j == i + 1 && chars[j] == ':')) {
                    return Optional.empty();
                }
            }
            if ((c == '~' || c == ' ') && i + 3 <= n && chars[i + 1] == c && chars[i + 2] == c
                    && (c == '~' || i + 4 <= n && chars[i + 3] == c)) {
                return Optional.empty();  // ~~~, or four spaces
            }
        }
        List<int[]> ranges = new ArrayList<>();
        boolean inFigure = false;
        int maxPrefix = 0;   // of the current paragraph's lines
        int marks = 0;       // in the current paragraph
        int start = 0;
        while (start < n) {
            int eol = markdown.indexOf('\n', start);
            int end = eol < 0 ? n : eol;
            if (inFigure) {
                if (is(markdown, start, end, FENCE_CLOSE)) {
                    inFigure = false;
                } else if (has(chars, start, end, '`')) {
                    return Optional.empty();
                } else {
                    imageAddress(ranges, markdown.substring(start, end), start, eol < 0 ? end : end + 1);
                }
            } else if (is(markdown, start, end, FIGURE_OPEN)) {
                inFigure = true;
                maxPrefix = 0;
                marks = 0;
            } else if (has(chars, start, end, '`')) {
                return Optional.empty();
            } else if (blank(chars, start, end)) {
                maxPrefix = 0;
                marks = 0;
            } else {
                maxPrefix = Math.max(maxPrefix, blockPrefix(chars, start, end));
                marks += nestingMarks(chars, start, end);
                if (2 * maxPrefix + marks > NESTING_BUDGET) {
                    return Optional.empty();
                }
            }
            start = end + 1;
        }
        if (inFigure) {
            return Optional.empty();  // an unclosed figure runs to the end: let the parser say where
        }
        return Optional.of(ranges);
    }

    /**
     * A figure's {@code image:} line keeps its file name, as {@link Verbatim} keeps it: from after
     * the key to the end of the line, without trailing spaces and line break (flexmark's
     * {@code trimEnd}; tabs and carriage returns never get here).
     */
    private static void imageAddress(List<int[]> ranges, String line, int lineStart, int lineEnd) {
        int key = line.indexOf(IMAGE_KEY);
        if (key < 0 || !line.substring(0, key).isBlank()) {
            return;
        }
        int from = lineStart + key + IMAGE_KEY.length();
        int to = lineStart + line.length();
        while (to > from && line.charAt(to - lineStart - 1) == ' ') {
            to--;
        }
        if (to > from) {
            ranges.add(new int[] {from, to});
        }
    }

    /** Whether the line from {@code start} to {@code end} is exactly {@code line}. */
    private static boolean is(String text, int start, int end, String line) {
        return end - start == line.length() && text.startsWith(line, start);
    }

    /** Whether {@code c} occurs between {@code start} and {@code end}. */
    private static boolean has(char[] text, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (text[i] == c) {
                return true;
            }
        }
        return false;
    }

    /** Blank as Markdown counts it: nothing but spaces (tabs never get here). */
    private static boolean blank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of the line's leading run of characters that can open or continue a block
     * quote or list ({@code >}, bullets, numbers with {@code .} or {@code )}, spaces): each
     * container the line is in takes at least one of them.
     */
    private static int blockPrefix(char[] text, int start, int end) {
        int i = start;
        while (i < end && " >*+-0123456789.)".indexOf(text[i]) >= 0) {
            i++;
        }
        return i - start;
    }

    /** Characters that can open a level of inline nesting: emphasis marks and brackets. */
    private static int nestingMarks(char[] text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '*' || c == '_' || c == '[') {
                count++;
            }
        }
        return count;
    }
}
