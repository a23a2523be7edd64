package org.zhedition.script;

import org.zhedition.script.InlineMarkup.Fixed;
import org.zhedition.script.InlineMarkup.Plain;
import org.zhedition.script.InlineMarkup.Segment;
import org.zhedition.script.InlineMarkup.Variants;
import org.zhedition.script.opencc.OpenccConverter;
import org.zhedition.text.LongestMatch;

/**
 * Converts the text of one article into one edition's script.
 *
 * <p>The edition in the article's own script is the author's text, <em>repaired</em>: only
 * characters foreign to that script are replaced (资 → 資), because phrase-level conversion of
 * text that is already in the target script damages it (展示了 → 展示瞭). The other edition is
 * OpenCC's phrase-level conversion with OpenCC's current tables ({@code hk2s} into Simplified,
 * {@code s2t} into Traditional; see {@link org.zhedition.script.opencc}), with the editor's rules
 * cut out first. Rules translate
 * vocabulary across scripts, so they never touch the author's own edition; inline
 * {@code -{…}-} markup applies to both.
 */
public final class Converter {
    private final Script source;
    private final Script edition;
    private final Phrases phrases;
    private final Punctuation punctuation;
    private final ConversionLog log;
    private final Repair repair;
    /** OpenCC's conversion into the edition's script; null for the author's own edition. */
    private final OpenccConverter opencc;

    public Converter(Script source, Script edition, Phrases phrases, Punctuation punctuation, ConversionLog log) {
        this.source = source;
        this.edition = edition;
        this.phrases = source == edition ? Phrases.none() : phrases;
        this.punctuation = punctuation;
        this.log = log;
        this.repair = new Repair(edition, log);
        this.opencc = source == edition ? null : Repair.opencc(edition);
    }

    public Script edition() {
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
                String own = v.text().get(edition);
                out.append(own != null ? own : withRules(v.text().get(edition.other())));
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
            String target = m.value().to().get(edition);
            out.append(target != null ? target : base(m.phrase()));
            log.ruleApplied(m.value());
            i += m.phrase().length();
            runStart = i;
        }
        out.append(punctuation.apply(base(text.substring(runStart))));
        return out.toString();
    }

    /**
     * The text of a run with no rule in it: the author's own edition is only repaired; the other
     * edition is OpenCC's phrase-level conversion as it stands. (It needs no repair: OpenCC prints
     * only characters of its phrase tables' outputs, which {@link Characters} counts as native,
     * its character tables' first candidates, and characters its tables do not know.)
     */
    private String base(String run) {
        if (run.isEmpty()) {
            return run;
        }
        return opencc == null ? repair.apply(run) : opencc.convert(run);
    }
}
