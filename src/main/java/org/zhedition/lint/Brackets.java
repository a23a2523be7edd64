package org.zhedition.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Brackets and quotation marks that do not pair up within a paragraph: an opening mark never
 * closed, a closing mark never opened, a pair of different kinds (（…」). A closing bracket
 * without its opening one is the scrape's typical loss (Qwen2.5-72B阿里自研大模型)): the fix names
 * the most likely place for the opening bracket, which the editor confirms.
 */
public final class Brackets {
    private static final String OPEN = "（「『《〈【〔“(";
    private static final String CLOSE = "）」』》〉】〕”)";

    private Brackets() {
    }

    /** Unpaired marks in {@code text}; {@code paragraphBreak} says where a new paragraph starts (pairs never cross it). */
    public static List<Hit> find(CharSequence text, IntPredicate paragraphBreak) {
        List<Hit> hits = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int paragraph = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || paragraphBreak.test(i)) {
                while (!open.isEmpty()) {
                    int o = open.removeLast();
                    hits.add(unclosed(text, o));
                }
                paragraph = i;
                continue;
            }
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                open.addLast(i);
            } else if (CLOSE.indexOf(c) >= 0) {
                char wanted = OPEN.charAt(CLOSE.indexOf(c));
                if (open.stream().noneMatch(o -> text.charAt(o) == wanted)) {
                    int at = likelyOpening(text, i, paragraph);
                    hits.add(Hit.judgement(i, 1, "brackets", "closing '" + c + "' without an opening '" + wanted + "'",
                            "add '" + wanted + "' where the bracketed text starts, most likely before '"
                                    + text.subSequence(at, Math.min(i, at + 12)) + "'"));
                    continue;
                }
                while (text.charAt(open.peekLast()) != wanted) {
                    int o = open.removeLast();
                    hits.add(Hit.judgement(o, 1, "brackets", "'" + text.charAt(o) + "' is closed by '" + c + "'",
                            "close it with '" + CLOSE.charAt(OPEN.indexOf(text.charAt(o))) + "' or remove it"));
                }
                open.removeLast();
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::offset));
        return hits;
    }

    private static Hit unclosed(CharSequence text, int o) {
        char c = text.charAt(o);
        return Hit.judgement(o, 1, "brackets", "'" + c + "' is never closed in its paragraph",
                "add '" + CLOSE.charAt(OPEN.indexOf(c)) + "' where the bracketed text ends, or remove it");
    }

    /**
     * The most likely offset for the opening bracket of the closing one at {@code close}: before
     * the run of Han characters that ends at it, or, when a capitalised word is glued to that run
     * and to the word before it (405BMeta自研大模型), before that word.
     */
    public static int likelyOpening(CharSequence text, int close, int from) {
        int i = close;
        while (i > from && Han.isHan(text.charAt(i - 1))) {
            i--;
        }
        int j = i;
        while (j > from && Character.isLowerCase(text.charAt(j - 1)) && text.charAt(j - 1) < 128) {
            j--;
        }
        if (j < i && j > from && Character.isUpperCase(text.charAt(j - 1)) && text.charAt(j - 1) < 128) {
            int word = j - 1;
            if (word > from && Character.isLetterOrDigit(text.charAt(word - 1)) && text.charAt(word - 1) < 128) {
                return word;
            }
        }
        return i == close ? Math.max(from, close - 1) : i;
    }
}
