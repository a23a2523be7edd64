package org.zhedition.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A word written twice in a row: a two- to four-character Han word (模型模型), or one of the
 * function characters that Chinese never doubles (的的, 是是). Doubled characters in general are
 * Chinese grammar (寂寂無名, 常常), so they are left alone.
 */
final class DoubledWord {
    private static final String NEVER_DOUBLED = "的是在和與与及把被對对從从向於于";

    private DoubledWord() {
    }

    static List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (int n = 4; n >= 1; n--) {
                if (doubled(text, i, n) && (n > 1 || NEVER_DOUBLED.indexOf(text.charAt(i)) >= 0)) {
                    String word = text.subSequence(i, i + n).toString();
                    hits.add(Hit.judgement(i, 2 * n, "doubled", "'" + word + "' written twice", "remove one '" + word + "'"));
                    i += 2 * n - 1;
                    break;
                }
            }
        }
        return hits;
    }

    private static boolean doubled(CharSequence t, int i, int n) {
        if (i + 2 * n > t.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!Han.isHan(t.charAt(i + k)) || t.charAt(i + k) != t.charAt(i + n + k)) {
                return false;
            }
        }
        return n > 1 ? !(allSame(t, i, n)) : true;
    }

    private static boolean allSame(CharSequence t, int i, int n) {
        for (int k = 1; k < n; k++) {
            if (t.charAt(i + k) != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
