package org.zhedition.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One conversion rule, as Chinese Wikipedia's conversion groups write it.
 *
 * <p>{@code from} are the phrases the rule recognises in the source text; {@code to} gives the
 * text per variant. A two-way rule ({@code zh-hant:晶片; zh-hans:芯片;}, {@code zh-hk:英偉達;
 * zh-tw:輝達; zh-cn:英伟达;}) recognises every text it gives, and a variant it gives no text for
 * takes one by MediaWiki's fallback ({@link Variant#fallbacks()}); a one-way rule
 * ({@code 智慧型手機=>zh-hans:智能手机;}) recognises only its left side and applies only to the
 * variants it names and their regional variants ({@code zh-hans} also to {@code zh-cn}), never
 * sideways ({@code zh-tw} never to {@code zh-hk}).
 *
 * @param text the rule as the editor wrote it, for the build report
 */
public record Rule(List<String> from, Map<Variant, String> to, String text, Path file, int line, boolean twoWay) {
    public Rule {
        from = List.copyOf(from);
        to = Map.copyOf(to);
    }

    /** A two-way rule when {@code to} holds every phrase of {@code from}. */
    public Rule(List<String> from, Map<Variant, String> to, String text, Path file, int line) {
        this(from, to, text, file, line, to.values().containsAll(from));
    }

    /** What an edition printing {@code variant} prints for a phrase of this rule, or null: the rule does not apply to it. */
    public String textFor(Variant variant) {
        if (twoWay) {
            for (Variant v : variant.fallbacks()) {
                String t = to.get(v);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        String own = to.get(variant);
        return own != null ? own : to.get(Variant.of(variant.script()));
    }

    /** Where the rule was written, e.g. {@code content/conversion.txt:12}. */
    public String origin() {
        return file + (line > 0 ? ":" + line : "");
    }

    /**
     * The vocabulary group the rule belongs to: its file's name without {@code .txt}
     * ({@code computing} for {@code content/vocabulary/computing.txt}); an article's rules carry
     * the article's file name.
     */
    public String group() {
        if (file == null) {
            return "";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
