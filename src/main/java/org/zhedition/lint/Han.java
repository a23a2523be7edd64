package org.zhedition.lint;

/** What kind of character sits next to a punctuation mark. */
final class Han {
    /** Full-width Chinese punctuation: a neighbour that makes half-width punctuation wrong, like a Han character. */
    static final String FULL_WIDTH_PUNCTUATION = "，。！？：；、「」『』（）《》〈〉【】〔〕…—“”‘’";

    private Han() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isHanOrFullWidth(char c) {
        return isHan(c) || FULL_WIDTH_PUNCTUATION.indexOf(c) >= 0;
    }

    static char at(CharSequence s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\n';
    }
}
