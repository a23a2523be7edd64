package org.zhedition.lint;

import java.util.ArrayList;
import java.util.List;

/** A space before full-width punctuation (完成 。): full-width marks carry their own space. */
final class Spacing {
    private static final String NO_SPACE_BEFORE = "，。！？：；、）」』》〉】〕”…";

    private Spacing() {
    }

    static List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (NO_SPACE_BEFORE.indexOf(text.charAt(i)) < 0 || !isSpace(Han.at(text, i - 1))) {
                continue;
            }
            int s = i;
            while (s > 0 && isSpace(text.charAt(s - 1))) {
                s--;
            }
            if (s > 0 && text.charAt(s - 1) != '\n') {
                hits.add(Hit.judgement(s, i - s, "space", "space before full-width '" + text.charAt(i) + "'",
                        "remove the space"));
            }
        }
        return hits;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }
}
