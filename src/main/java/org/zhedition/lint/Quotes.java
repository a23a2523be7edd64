package org.zhedition.lint;

import java.util.List;

/** 「」 and “” in one text: a text uses one style of quotation marks; the minority is reported at its first use. */
final class Quotes {
    private Quotes() {
    }

    static List<Hit> find(CharSequence text) {
        String s = text.toString();
        long corner = s.chars().filter(c -> c == '「').count();
        long curly = s.chars().filter(c -> c == '“').count();
        if (corner == 0 || curly == 0) {
            return List.of();
        }
        boolean cornerWins = corner >= curly;
        int first = s.indexOf(cornerWins ? '“' : '「');
        String style = cornerWins ? "「」" : "“”";
        return List.of(Hit.judgement(first, 1, "quotes", "「」 (" + corner + ") and “” (" + curly + ") mixed in one text",
                "write " + style + " throughout (each edition's style is set by 'punctuation:' in site.yaml)"));
    }
}
