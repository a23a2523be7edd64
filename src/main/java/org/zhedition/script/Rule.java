package org.zhedition.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One conversion rule, as Chinese Wikipedia's conversion groups write it.
 *
 * <p>{@code from} are the phrases the rule recognises in the source text; {@code to} says what
 * each edition prints for them. A two-way rule ({@code zh-hant:晶片; zh-hans:芯片;}) recognises
 * every variant; a one-way rule ({@code 智慧型手機=>zh-hans:智能手机;}) only its left side.
 *
 * @param text the rule as the editor wrote it, for the build report
 */
public record Rule(List<String> from, Map<Script, String> to, String text, Path file, int line) {
    public Rule {
        from = List.copyOf(from);
        to = Map.copyOf(to);
    }

    /** Where the rule was written, e.g. {@code content/conversion.txt:12}. */
    public String origin() {
        return file + (line > 0 ? ":" + line : "");
    }
}
