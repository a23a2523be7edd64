package org.zhedition.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Names for punctuation quoted alone in the editor's apparatus: a 「,」 in a table cell is hard to
 * see, and a half-width comma looks like a full-width one, so the page prints its name beside it
 * (「,」半形逗號). Names are written in Traditional Chinese and passed through the edition's
 * converter (so the Simplified edition prints 半角逗号). A run of one mark ("......") is named
 * after the mark; text with anything but punctuation gets no name.
 */
final class MarkNames {
    private static final Map<Character, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(',', "半形逗號");
        NAMES.put('，', "全形逗號");
        NAMES.put('.', "半形句點");
        NAMES.put('。', "句號");
        NAMES.put('(', "半形左括號");
        NAMES.put('（', "全形左括號");
        NAMES.put(')', "半形右括號");
        NAMES.put('）', "全形右括號");
        NAMES.put('?', "半形問號");
        NAMES.put('？', "全形問號");
        NAMES.put('!', "半形歎號");
        NAMES.put('！', "全形歎號");
        NAMES.put(':', "半形冒號");
        NAMES.put('：', "全形冒號");
        NAMES.put(';', "半形分號");
        NAMES.put('；', "全形分號");
        NAMES.put('、', "頓號");
        NAMES.put('…', "省略號");
        NAMES.put('|', "豎線");
    }

    private MarkNames() {
    }

    /** The name of {@code text} if it is one punctuation mark, or a run of one, else "". */
    static String of(String text, UnaryOperator<String> convert) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c != text.charAt(0))) {
            return "";
        }
        String name = NAMES.get(text.charAt(0));
        if (name == null) {
            return "";
        }
        int n = text.length();
        return convert.apply(n == 1 || text.charAt(0) == '…' && n == 2 ? name : n + "個" + name);
    }
}
