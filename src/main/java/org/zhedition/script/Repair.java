package org.zhedition.script;

import com.github.houbb.heaven.util.lang.CharUtil;
import org.zhedition.script.opencc.OpenccConverter;
import org.zhedition.script.opencc.OpenccData;

/**
 * The character-level pass that makes a text fit its script: every character foreign to the
 * script (see {@link Characters}) is replaced, and nothing else changes.
 *
 * <p>It is the whole conversion for an edition in the source's own script (the author's text,
 * with stray Simplified characters such as 资 repaired). The other edition is OpenCC's conversion
 * and needs none: {@code hk2s} turns Hong Kong forms such as 衞 into OpenCC's standard forms before
 * {@code t2s}, which the old pipeline (OpenCC4j's {@code t2s}, then this pass) had to catch here.
 * Each replacement is logged, so the build report lists every character the program changed.
 */
final class Repair {
    private final Script script;
    private final String edition;
    private final ConversionLog log;

    Repair(Script script, ConversionLog log) {
        this(script, script.tag(), log);
    }

    /** @param edition the edition's id, under which repairs are logged */
    Repair(Script script, String edition, ConversionLog log) {
        this.script = script;
        this.edition = edition;
        this.log = log;
    }

    /**
     * OpenCC's configuration for text into {@code target}: {@code hk2s} into Simplified (the
     * sources are Hong Kong texts: Hong Kong forms such as 衞, 敍, 衹 first become OpenCC's standard
     * forms, then {@code t2s}), {@code s2t} into Traditional.
     */
    static OpenccConverter opencc(Script target) {
        return OpenccData.shared().converter(configuration(target));
    }

    /** The name of {@link #opencc}'s configuration. */
    static String configuration(Script target) {
        return target == Script.HANS ? "hk2s" : "s2t";
    }

    /** OpenCC's phrase-level conversion of {@code text} into {@code target}. */
    static String phraseLevel(Script target, String text) {
        return opencc(target).convert(text);
    }

    /**
     * Replaces the characters of {@code run} that are foreign to the script. The replacement is
     * taken from OpenCC's phrase-level conversion of the character's context where it lines up,
     * so that the context picks the character (发 → 發 in 發展, 髮 in 頭髮); otherwise from
     * {@link Characters#nativeForm}.
     *
     * <p>The context is the run of Han characters around the foreign one, as OpenCC4j itself
     * delimits them ({@code CharUtil.isChinese}): it segments text into such runs and converts
     * each on its own, so converting the run gives the same characters as converting the whole
     * text, at a fraction of the cost (repairing two characters of an article used to convert
     * all of it).
     */
    String apply(String run) {
        int first = firstForeign(run);
        if (first < 0) {
            return run;
        }
        StringBuilder out = new StringBuilder(run.length()).append(run, 0, first);
        int i = first;
        while (i < run.length()) {
            if (!Characters.foreignTo(script, run.charAt(i))) {
                out.append(run.charAt(i++));
                continue;
            }
            int start = i;
            int end = i + 1;
            if (CharUtil.isChinese(run.charAt(i))) {
                while (start > 0 && CharUtil.isChinese(run.charAt(start - 1))) {
                    start--;
                }
                while (end < run.length() && CharUtil.isChinese(run.charAt(end))) {
                    end++;
                }
            }
            String context = phraseLevel(script, run.substring(start, end));
            boolean aligned = context.length() == end - start;
            for (int k = i; k < end; k++) {
                char c = run.charAt(k);
                if (!Characters.foreignTo(script, c)) {
                    out.append(c);
                    continue;
                }
                char inContext = aligned ? context.charAt(k - start) : c;
                String fixed = inContext != c && !Characters.foreignTo(script, inContext)
                        && !Character.isSurrogate(inContext) ? String.valueOf(inContext) : Characters.nativeForm(script, c);
                out.append(fixed);
                if (!fixed.equals(String.valueOf(c))) {
                    log.repaired(edition, c, fixed);
                }
            }
            i = end;
        }
        return out.toString();
    }

    private int firstForeign(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (Characters.foreignTo(script, run.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
