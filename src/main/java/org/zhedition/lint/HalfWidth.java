package org.zhedition.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Half-width punctuation in Chinese text: {@code , ! ? : ;} with a Han character (or Chinese
 * punctuation) before it or a Han character right after it becomes {@code ，！？：；} (spaces after
 * it go too: 稱讚, AI股 → 稱讚，AI股); six dots next to Han text become {@code ……}. Both are safe
 * fixes. English (Hello, world!), numbers (3.07%, 10:30) and addresses are never next to Han.
 * The importer also asks for {@code ( )} next to Han text → {@code （ ）}.
 */
public final class HalfWidth {
    private static final String ASCII = ",!?:;()";
    private static final String FULL = "，！？：；（）";
    private static final String NAMES = "comma,exclamation mark,question mark,colon,semicolon,opening bracket,closing bracket";

    private HalfWidth() {
    }

    /** Faults in {@code text}; with {@code brackets}, also half-width brackets next to Han text (a fix the importer makes). */
    public static List<Hit> find(CharSequence text, boolean brackets) {
        List<Hit> hits = new ArrayList<>();
        String[] names = NAMES.split(",");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = ASCII.indexOf(c);
            if (k >= 0 && (k < 5 || brackets) && nextToHan(text, i, k)) {
                int end = i + 1;
                while (k < 5 && end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
                String full = String.valueOf(FULL.charAt(k));
                hits.add(new Hit(i, end - i, "half-width", "half-width " + names[k] + " '" + c + "' in Chinese text",
                        "write '" + full + "'", c + "→" + full, full));
            } else if (text.toString().startsWith("......", i) && !text.toString().startsWith(".......", i)
                    && (Han.isHanOrFullWidth(Han.at(text, i - 1)) || Han.isHanOrFullWidth(Han.at(text, i + 6)))) {
                hits.add(new Hit(i, 6, "half-width", "six half-width dots '......' as an ellipsis in Chinese text",
                        "write '……'", "......→……", "……"));
                i += 5;
            } else if (c == '.' && text.toString().startsWith("...", i) && !text.toString().startsWith("....", i)
                    && Han.at(text, i - 1) != '.' && (Han.isHan(Han.at(text, i - 1)) || Han.isHan(Han.at(text, i + 3)))) {
                hits.add(Hit.judgement(i, 3, "half-width", "three half-width dots '...' as an ellipsis in Chinese text",
                        "write '……' (a Chinese ellipsis is two '…')"));
                i += 2;
            }
        }
        return hits;
    }

    private static boolean nextToHan(CharSequence text, int i, int k) {
        char before = Han.at(text, i - 1);
        char after = Han.at(text, i + 1);
        if (k == 5) {  // '(' opens what follows
            return Han.isHan(after) || Han.isHan(before);
        }
        return Han.isHanOrFullWidth(before) && !(k == 2 && before == '?') || Han.isHan(after);
    }
}
