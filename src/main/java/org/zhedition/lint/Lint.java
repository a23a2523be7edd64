package org.zhedition.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhedition.script.Script;

/**
 * The linter for Chinese copy, in the spirit of AutoCorrect and zhlint: half-width punctuation in
 * Chinese text, unpaired brackets and quotation marks, a space before full-width punctuation,
 * 「」 and “” mixed, characters of the other script, a doubled word. It reads an article file
 * (front matter and Markdown) and looks only at its prose ({@link Prose}).
 */
public final class Lint {
    private static final Pattern SCRIPT = Pattern.compile("(?m)^script:[ \\t]*[\"']?(zh-Hans|zh-Hant)");

    private Lint() {
    }

    /**
     * The findings a build prints as warnings: all but characters of the other script, which the
     * build repairs on the page and lists in its report.
     */
    public static List<Finding> forBuild(Path file, String text) {
        return check(file, text).stream().filter(f -> !f.hit().rule().equals("script")).toList();
    }

    /** Every fault in the article file {@code file} whose text is {@code text}, in file order. */
    public static List<Finding> check(Path file, String text) {
        Prose prose = Prose.of(text);
        List<Finding> out = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        for (Hit h : hits(prose, script(text))) {
            int line = line(lineStarts, h.offset());
            out.add(new Finding(file, line + 1, h.offset() - lineStarts[line] + 1, h));
        }
        return out;
    }

    /** The hits on {@code prose}, by offset. */
    static List<Hit> hits(Prose prose, Script script) {
        String t = prose.text();
        List<Hit> hits = new ArrayList<>();
        // Brackets next to Han text are reported, but fixed only by the importer: in an edited
        // article a half-width bracket may be deliberate (a formula, a model name).
        HalfWidth.find(t, true).forEach(h -> hits.add(h.kind().startsWith("(") || h.kind().startsWith(")")
                ? new Hit(h.offset(), h.length(), h.rule(), h.what(), h.fix(), h.kind(), null) : h));
        hits.addAll(Brackets.find(t, prose::paragraphBreak));
        hits.addAll(Spacing.find(t));
        hits.addAll(Quotes.find(t));
        hits.addAll(OtherScript.find(t, script));
        hits.addAll(DoubledWord.find(t));
        hits.sort(Comparator.comparingInt(Hit::offset));
        return hits;
    }

    /** The script the front matter names ({@code script: zh-Hans}); Traditional when it names none. */
    static Script script(String text) {
        Matcher m = SCRIPT.matcher(text.substring(0, Prose.bodyStart(text)));
        return m.find() && m.group(1).equals("zh-Hans") ? Script.HANS : Script.HANT;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int line(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
