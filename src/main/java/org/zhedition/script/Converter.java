package org.zhedition.script;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.zhedition.script.InlineMarkup.Fixed;
import org.zhedition.script.InlineMarkup.Plain;
import org.zhedition.script.InlineMarkup.Segment;
import org.zhedition.script.InlineMarkup.Variants;
import org.zhedition.script.opencc.OpenccConverter;
import org.zhedition.script.opencc.OpenccData;
import org.zhedition.text.LongestMatch;

/**
 * Converts the text of one article into one edition.
 *
 * <p>The edition the article is written for ({@link EditionSpec#asWritten}) is the author's text,
 * <em>repaired</em>: only characters foreign to that script are replaced (资 → 資), because
 * phrase-level conversion of text that is already in the target script damages it (展示了 →
 * 展示瞭). Every other edition gets the vocabulary rules that give its variant a word (cut out
 * first, longest match first, see {@link Phrases#forVariant}) and, around them, characters only:
 *
 * <ul>
 * <li>into the other script, OpenCC's phrase-level conversion with OpenCC's current tables
 * ({@code hk2s} into Simplified; {@code s2t} into Traditional, {@code s2tw} for Taiwan);</li>
 * <li>into a regional edition of the same script (Taiwan from a Hong Kong text), the repaired
 * text with OpenCC's <em>character</em> tables for the region ({@code hk2t}, then {@code t2tw}):
 * never OpenCC's {@code s2twp} phrase table, which prints 位元組 for 字節 and 演演算法 over an
 * existing 演算法; Taiwan's words come from the vocabulary groups, entry by reviewed entry.</li>
 * </ul>
 *
 * Inline {@code -{…}-} markup applies to every edition.
 */
public final class Converter {
    private final EditionSpec edition;
    private final Phrases phrases;
    private final Punctuation punctuation;
    private final ConversionLog log;
    /** Repairs the source's own script; null when the text changes script. */
    private final Repair repair;
    /** OpenCC's conversions run in turn over a run of text with no rule in it. */
    private final List<OpenccConverter> opencc;

    /** Into the default edition of {@code edition}'s script ({@link EditionSpec#of}): for tools and tests. */
    public Converter(Script source, Script edition, Phrases phrases, Punctuation punctuation, ConversionLog log) {
        this(source, EditionSpec.of(edition), phrases, punctuation, log);
    }

    public Converter(Script source, EditionSpec edition, Phrases phrases, Punctuation punctuation, ConversionLog log) {
        this.edition = edition;
        this.phrases = edition.asWritten(source) ? Phrases.none() : phrases.forVariant(edition.variant());
        this.punctuation = punctuation;
        this.log = log;
        this.repair = source == edition.script() ? new Repair(source, edition.id(), log) : null;
        this.opencc = characters(source, edition);
    }

    /**
     * OpenCC's configurations for a text in {@code source} into {@code edition}: none into the
     * source's own variant; {@code hk2t} + {@code t2tw} (characters only) from a Traditional text
     * into Taiwan's; {@code hk2s}, {@code s2t} or {@code s2tw} across scripts.
     */
    static List<OpenccConverter> characters(Script source, EditionSpec edition) {
        return configurations(source, edition).stream().map(OpenccData.shared()::converter).toList();
    }

    /** The names of {@link #characters}' configurations, in the order they run; nothing is read. */
    static List<String> configurations(Script source, EditionSpec edition) {
        boolean taiwan = edition.variant() == Variant.ZH_TW;
        if (source == edition.script()) {
            return taiwan && source == Script.HANT ? List.of("hk2t", "t2tw") : List.of();
        }
        if (edition.script() == Script.HANS) {
            return List.of(Repair.configuration(Script.HANS));
        }
        return List.of(taiwan ? "s2tw" : Repair.configuration(Script.HANT));
    }

    /**
     * Every OpenCC configuration that converting an article into {@code editions} may run, by
     * name ({@code hk2s}, {@code s2t}; {@code hk2t}, {@code t2tw} and {@code s2tw} for a Taiwan
     * edition), for an article in either script: what a build reads ahead while it loads the
     * content. A pure function of the editions; nothing is read.
     */
    public static SortedSet<String> configurations(List<EditionSpec> editions) {
        SortedSet<String> out = new TreeSet<>();
        for (EditionSpec edition : editions) {
            for (Script source : Script.values()) {
                out.addAll(configurations(source, edition));
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    public EditionSpec edition() {
        return edition;
    }

    /** Converts plain text that may carry inline markup (already validated by the loader). */
    public String convert(String text) {
        if (!InlineMarkup.present(text)) {
            return withRules(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Segment s : InlineMarkup.parse(text, null, 1).segments()) {
            if (s instanceof Plain p) {
                out.append(withRules(p.text()));
            } else if (s instanceof Fixed f) {
                out.append(f.text());
            } else if (s instanceof Variants v) {
                String own = v.own(edition.variant());
                out.append(own != null ? own : withRules(v.other(edition.variant())));
            }
        }
        return out.toString();
    }

    private String withRules(String text) {
        if (phrases.isEmpty()) {
            return punctuation.apply(base(text));
        }
        StringBuilder out = new StringBuilder(text.length());
        char[] chars = text.toCharArray();  // scanned once, cheaper than String.charAt per character
        int runStart = 0;
        int i = 0;
        while ((i = phrases.nextCandidate(chars, i)) < text.length()) {
            LongestMatch.Entry<Rule> m = phrases.longestAt(text, i);
            if (m == null) {
                i++;
                continue;
            }
            out.append(punctuation.apply(base(text.substring(runStart, i))));
            String target = m.value().textFor(edition.variant());
            out.append(target != null ? target : base(m.phrase()));
            log.ruleApplied(edition.id(), m.value());
            i += m.phrase().length();
            runStart = i;
        }
        out.append(punctuation.apply(base(text.substring(runStart))));
        return out.toString();
    }

    /**
     * The text of a run with no rule in it: repaired when it stays in its script, then OpenCC's
     * conversions for the edition. (Across scripts it needs no repair: OpenCC prints only
     * characters of its phrase tables' outputs, which {@link Characters} counts as native, its
     * character tables' first candidates, and characters its tables do not know.)
     */
    private String base(String run) {
        if (run.isEmpty()) {
            return run;
        }
        String out = repair == null ? run : repair.apply(run);
        for (OpenccConverter c : opencc) {
            out = c.convert(out);
        }
        return out;
    }
}
