package org.zhedition.lint;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhedition.markdown.Markdown;
import org.zhedition.markdown.Verbatim;

/**
 * An article file with everything that is not prose blanked out, offset for offset, so that the
 * checks see only what a reader reads as text: the front matter's keys and every field but the
 * title, standfirst, description and credits; in the body, code spans and blocks, link and image
 * addresses, raw HTML (flexmark's parse, through {@link Verbatim}), bare addresses, {@code -{ }-}
 * conversion markup and a figure block's keys. Line breaks are kept, so lines and columns count
 * as in the file.
 *
 * @param text      the file's text with non-prose characters replaced by {@link #BLANK}
 * @param bodyStart the offset where the body starts (0 without front matter)
 */
public record Prose(String text, int bodyStart) {
    /** What stands for a character the checks must not see: neither Han nor punctuation. */
    public static final char BLANK = '\uFFFC';
    private static final Pattern PROSE_FIELD = Pattern.compile("(?m)^(?:title|standfirst|description|credits):[ \\t]*(.*)$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?|ftp|mailto):[^\\s（）「」『』，。；！？、]+|\\bwww\\.[^\\s（）「」，。]+"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern MARKUP = Pattern.compile("-\\{.*?\\}-");
    private static final Pattern FIGURE_KEY = Pattern.compile("(?m)^[ \\t]*(?:caption|credit|image|alt):");

    public static Prose of(String file) {
        char[] out = file.toCharArray();
        int bodyStart = bodyStart(file);
        blank(out, 0, bodyStart);
        if (bodyStart > 0) {
            Matcher m = PROSE_FIELD.matcher(file).region(0, bodyStart);
            while (m.find()) {
                int end = m.end(1);
                int comment = file.substring(m.start(1), end).indexOf(" #");
                file.getChars(m.start(1), comment < 0 ? end : m.start(1) + comment, out, m.start(1));
            }
        }
        String body = file.substring(bodyStart);
        Document doc = Markdown.parse(body);
        char[] masked = new char[body.length()];
        blank(masked, 0, masked.length);
        body.getChars(0, body.length(), masked, 0);
        blank(masked, 0, masked.length);
        for (Verbatim.Stretch s : Verbatim.prose(body, doc)) {
            s.text().getChars(0, s.text().length(), masked, s.start());
        }
        for (Node n : doc.getDescendants()) {
            if (n instanceof FencedCodeBlock f && Markdown.isFigure(f)) {
                Matcher k = FIGURE_KEY.matcher(body).region(f.getStartOffset(), f.getEndOffset());
                while (k.find()) {
                    blank(masked, k.start(), k.end());
                }
            }
        }
        System.arraycopy(masked, 0, out, bodyStart, masked.length);
        // Addresses and -{ }- markup are blanked in the front matter's prose fields as in the body.
        String prose = new String(out);
        for (Pattern p : new Pattern[] {ADDRESS, MARKUP}) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                blank(out, m.start(), m.end());
            }
            prose = new String(out);
        }
        return new Prose(prose, bodyStart);
    }

    /** Where a paragraph starts: after a blank line in the body, at every line in the front matter. */
    public boolean paragraphBreak(int i) {
        if (i == 0 || text.charAt(i - 1) != '\n') {
            return false;
        }
        if (i <= bodyStart) {
            return true;
        }
        int j = i - 2;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == BLANK)) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /** The offset after the front matter's closing {@code ---} line, or 0 without front matter. */
    static int bodyStart(String file) {
        if (!file.startsWith("---\n")) {
            return 0;
        }
        Matcher m = Pattern.compile("(?m)^---[ \\t]*$\\n?").matcher(file);
        return m.find(4) ? m.end() : 0;
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n') {
                chars[i] = BLANK;
            }
        }
    }
}
