package org.zhedition.script;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.zhedition.script.InlineMarkup.Fixed;
import org.zhedition.script.InlineMarkup.Plain;
import org.zhedition.script.InlineMarkup.Segment;
import org.zhedition.script.InlineMarkup.Variants;
import org.zhedition.text.LongestMatch;

/**
 * Converts the text of one article into one edition's script.
 *
 * <p>The edition in the article's own script is the author's text, <em>repaired</em>: only
 * characters foreign to that script are replaced (资 → 資), because phrase-level conversion of
 * text that is already in the target script damages it (展示了 → 展示瞭). The other edition is
 * OpenCC's phrase-level conversion, with the editor's rules cut out first. Rules translate
 * vocabulary across scripts, so they never touch the author's own edition; inline
 * {@code -{…}-} markup applies to both.
 */
public final class Converter {
    private final Script source;
    private final Script edition;
    private final Phrases phrases;
    private final Punctuation punctuation;
    private final ConversionLog log;

    public Converter(Script source, Script edition, Phrases phrases, Punctuation punctuation, ConversionLog log) {
        this.source = source;
        this.edition = edition;
        this.phrases = source == edition ? Phrases.none() : phrases;
        this.punctuation = punctuation;
        this.log = log;
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
        int runStart = 0;
        int i = 0;
        while (i < text.length()) {
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

    private String base(String run) {
        if (run.isEmpty()) {
            return run;
        }
        if (source == edition) {
            return repair(run);
        }
        return edition == Script.HANS ? ZhConverterUtil.toSimple(run) : ZhConverterUtil.toTraditional(run);
    }

    /**
     * Replaces only the characters foreign to the edition's script, taking each replacement from
     * OpenCC's phrase-level conversion of the surrounding text so that context picks the right
     * character (发 → 發 or 髮).
     */
    private String repair(String run) {
        int first = -1;
        for (int i = 0; i < run.length(); i++) {
            if (Characters.foreignTo(edition, run.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return run;
        }
        String converted = edition == Script.HANT ? ZhConverterUtil.toTraditional(run) : ZhConverterUtil.toSimple(run);
        boolean aligned = converted.length() == run.length();
        char[] out = run.toCharArray();
        for (int i = first; i < out.length; i++) {
            char c = out[i];
            if (!Characters.foreignTo(edition, c)) {
                continue;
            }
            char fixed = aligned ? converted.charAt(i) : single(c);
            if (fixed != c) {
                out[i] = fixed;
                log.repaired(edition, c, fixed);
            }
        }
        return new String(out);
    }

    private char single(char c) {
        String s = edition == Script.HANT ? ZhConverterUtil.toTraditional(String.valueOf(c))
                : ZhConverterUtil.toSimple(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}
