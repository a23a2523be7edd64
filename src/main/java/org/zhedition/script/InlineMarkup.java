package org.zhedition.script;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhedition.input.ContentError;
import org.zhedition.markdown.Verbatim;

/**
 * Chinese Wikipedia's inline conversion markup, as editors already write it.
 *
 * <pre>
 * -{文字}-                     printed as written in every edition (no conversion)
 * -{zh-hans:…;zh-hant:…}-      explicit text per edition
 * -{H|zh-hant:晶片;zh-hans:芯片;}-   an article-wide rule; prints nothing
 * -{A|zh-hant:晶片;zh-hans:芯片;}-   an article-wide rule, and prints this edition's text
 * -{}-                         prints nothing; breaks a phrase that would otherwise be matched
 * </pre>
 *
 * The markup never reaches the page.
 */
public final class InlineMarkup {
    private static final Pattern VARIANTS = Pattern.compile("^\\s*zh-[A-Za-z]+\\s*:");

    /** A piece of text between or inside markup. */
    public sealed interface Segment permits Plain, Fixed, Variants {
    }

    /** Ordinary text: converted. */
    public record Plain(String text) implements Segment {
    }

    /** Text printed as written. */
    public record Fixed(String text) implements Segment {
    }

    /** Explicit text per variant. */
    public record Variants(Map<Variant, String> text) implements Segment {
        public Variants {
            text = Map.copyOf(text);
        }

        /**
         * The text for {@code variant} by MediaWiki's fallback ({@code zh-tw} takes {@code zh-hant},
         * then {@code zh-hk}…), or null when the markup gives none in its script.
         */
        public String own(Variant variant) {
            for (Variant v : variant.fallbacks()) {
                String t = text.get(v);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }

        /** A text in the other script, to be converted: its script's own variant first, then its regions in order. */
        public String other(Variant variant) {
            Script other = variant.script().other();
            for (Variant v : Variant.of(other).fallbacks()) {
                String t = text.get(v);
                if (t != null) {
                    return t;
                }
            }
            return "";
        }
    }

    /** The segments of a text and the rules its {@code H|} and {@code A|} markup declares. */
    public record Parsed(List<Segment> segments, List<Rule> rules) {
        public Parsed {
            segments = List.copyOf(segments);
            rules = List.copyOf(rules);
        }
    }

    private InlineMarkup() {
    }

    /**
     * {@code text} as written, in {@code script}, with its markup resolved but nothing converted:
     * for quotations of the source, which must read as the source wrote them (markup already
     * validated by the loader).
     */
    public static String asWritten(String text, Script script) {
        if (!present(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Segment s : parse(text, null, 1).segments()) {
            if (s instanceof Plain p) {
                out.append(p.text());
            } else if (s instanceof Fixed f) {
                out.append(f.text());
            } else if (s instanceof Variants v) {
                String own = v.own(Variant.of(script));
                out.append(own != null ? own : v.other(Variant.of(script)));
            }
        }
        return out.toString();
    }

    /** True when {@code text} may contain markup; a cheap test for the common case. */
    public static boolean present(String text) {
        return text.contains("-{");
    }

    /**
     * Splits {@code text} into segments.
     *
     * @param firstLine the 1-based line of {@code file} where {@code text} starts, for errors
     */
    public static Parsed parse(String text, Path file, int firstLine) {
        List<Segment> segments = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        int pos = 0;
        Lines lines = new Lines(text);
        while (true) {
            int open = text.indexOf("-{", pos);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}-", open + 2);
            int line = firstLine + lines.before(open);
            if (close < 0) {
                throw new ContentError(file, line, "conversion markup '-{' is not closed",
                        "end it with '}-', e.g. -{zh-hans:芯片;zh-hant:晶片}-, or write '-{-}-{' for a literal '-{'");
            }
            if (open > pos) {
                segments.add(new Plain(text.substring(pos, open)));
            }
            String inner = text.substring(open + 2, close);
            if (inner.contains("-{")) {
                throw new ContentError(file, line, "conversion markup '-{' inside another '-{…}-'",
                        "close the first markup with '}-' before the next one starts; write '-{-}-{' for a literal '-{'");
            }
            if (inner.matches("(?s).*\\n[ \\t]*\\n.*")) {
                throw new ContentError(file, line, "conversion markup '-{…}-' runs over a blank line, across paragraphs",
                        "close the markup with '}-' within its paragraph; each edition must keep the same paragraphs");
            }
            if (inner.startsWith("H|") || inner.startsWith("A|")) {
                Rule rule = RuleParser.parse(inner.substring(2), file, line);
                rules.add(rule);
                if (inner.charAt(0) == 'A') {
                    segments.add(new Variants(rule.to()));
                }
            } else if (VARIANTS.matcher(inner).find()) {
                segments.add(new Variants(RuleParser.parse(inner, file, line).to()));
            } else if (!inner.isEmpty()) {
                segments.add(new Fixed(inner));
            }
            pos = close + 2;
        }
        if (pos < text.length()) {
            segments.add(new Plain(text.substring(pos)));
        }
        return new Parsed(segments, rules);
    }

    /**
     * Checks the markup in the prose of a Markdown text and returns the rules it declares. Code
     * and addresses are skipped: markup there is shown as written, like any other code.
     *
     * @param firstLine the 1-based line of {@code file} where {@code markdown} starts, for errors
     */
    public static List<Rule> rulesInMarkdown(String markdown, Path file, int firstLine) {
        return rulesInProse(markdown, Verbatim.prose(markdown, file, firstLine), file, firstLine);
    }

    /** The same, from {@code document}, the parse of {@code markdown} the caller already has. */
    public static List<Rule> rulesInMarkdown(String markdown, Document document, Path file, int firstLine) {
        return rulesInProse(markdown, Verbatim.prose(markdown, document), file, firstLine);
    }

    /** The same, from {@code prose}, the stretches of {@code markdown} the caller already has. */
    public static List<Rule> rulesInProse(String markdown, List<Verbatim.Stretch> prose, Path file, int firstLine) {
        List<Rule> rules = new ArrayList<>();
        Lines lines = new Lines(markdown);
        for (Verbatim.Stretch stretch : prose) {
            rules.addAll(parse(stretch.text(), file, firstLine + lines.before(stretch.start())).rules());
        }
        return rules;
    }

    /**
     * Line numbers for positions met in increasing order, counted in one pass over the text:
     * counting from the start for every markup made a long text (an editor's whole file piped
     * to {@code convert}) quadratic.
     */
    private static final class Lines {
        private final String text;
        private int pos;
        private int count;

        Lines(String text) {
            this.text = text;
        }

        /** The number of line breaks before {@code end}. */
        int before(int end) {
            if (end < pos) {
                pos = 0;
                count = 0;
            }
            for (; pos < end; pos++) {
                if (text.charAt(pos) == '\n') {
                    count++;
                }
            }
            return count;
        }
    }
}
