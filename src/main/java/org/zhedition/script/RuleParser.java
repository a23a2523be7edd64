package org.zhedition.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhedition.input.ContentError;

/**
 * Reads conversion rules in Chinese Wikipedia's syntax.
 *
 * <pre>
 * zh-hant:晶片; zh-hans:芯片;          two-way: either phrase becomes the edition's own
 * zh-hk:英偉達; zh-tw:輝達; zh-cn:英伟达;  two-way, per region
 * 智慧型手機=&gt;zh-hans:智能手机;         one-way: only the left side is recognised
 * 人工智能=&gt;zh-tw:人工智慧;             one-way, for one region
 * </pre>
 *
 * The variants are {@link Variant}'s: the scripts {@code zh-hant}, {@code zh-hans} and the
 * regions {@code zh-hk}, {@code zh-mo}, {@code zh-tw}, {@code zh-cn}, {@code zh-sg}, {@code zh-my}.
 */
public final class RuleParser {
    private static final String FORM = "write 'zh-hant:繁體; zh-hans:简体;', 'zh-hk:英偉達; zh-tw:輝達; zh-cn:英伟达;' or '原文=>zh-hans:简体;'";

    private RuleParser() {
    }

    /** Parses a rules file: one rule per line, {@code #} starts a comment. */
    public static List<Rule> parseFile(String text, Path file) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            rules.add(parse(line, file, i + 1));
        }
        return List.copyOf(rules);
    }

    /** Parses one rule; errors name {@code file:line}. */
    public static Rule parse(String text, Path file, int line) {
        String body = text.strip();
        String oneWaySource = null;
        int arrow = body.indexOf("=>");
        if (arrow >= 0) {
            oneWaySource = body.substring(0, arrow).strip();
            body = body.substring(arrow + 2).strip();
            if (oneWaySource.isEmpty()) {
                throw new ContentError(file, line, "rule '" + text + "' has nothing before '=>'",
                        "write the phrase as the source text has it before '=>', e.g. 智慧型手機=>zh-hans:智能手机;");
            }
        }
        Map<Variant, String> to = new EnumMap<>(Variant.class);
        for (String part : body.split(";", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            if (colon < 0) {
                throw new ContentError(file, line, "rule part '" + p + "' has no variant", FORM);
            }
            String variant = p.substring(0, colon).strip();
            String value = p.substring(colon + 1).strip();
            Optional<Variant> script = Variant.fromTag(variant);
            if (script.isEmpty()) {
                throw new ContentError(file, line, "unknown variant '" + variant + "' in rule '" + text + "'",
                        "use zh-hant or zh-hans (a script), or a region's variant: zh-hk, zh-mo, zh-tw (Traditional),"
                                + " zh-cn, zh-sg, zh-my (Simplified)");
            }
            if (value.isEmpty()) {
                throw new ContentError(file, line, "empty text for " + variant + " in rule '" + text + "'",
                        "write the phrase after '" + variant + ":'");
            }
            if (to.put(script.get(), value) != null) {
                throw new ContentError(file, line, variant + " appears twice in rule '" + text + "'",
                        "give each variant once");
            }
        }
        if (to.isEmpty()) {
            throw new ContentError(file, line, "rule '" + text + "' names no variant", FORM);
        }
        Set<String> from = new LinkedHashSet<>();
        if (oneWaySource != null) {
            from.add(oneWaySource);
        } else {
            if (to.size() < 2) {
                throw new ContentError(file, line, "two-way rule '" + text + "' needs both zh-hant and zh-hans"
                        + " (or at least two variants, e.g. zh-hk and zh-tw)",
                        "add the other variant, or write a one-way rule '原文=>zh-hans:简体;'");
            }
            from.addAll(to.values());
        }
        return new Rule(new ArrayList<>(from), to, text.strip(), file, line, oneWaySource == null);
    }
}
