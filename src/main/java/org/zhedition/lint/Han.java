package org.zhedition.lint;

/** What kind of character sits next to a punctuation mark. */
final class Han {
    /** Full-width Chinese punctuation: a neighbour that makes half-width punctuation wrong, like a Han character. */
    static final String FULL_WIDTH_PUNCTUATION = "，。！？：；、「」『』（）《》〈〉【】〔〕…—“”‘’";

    private Han() {
    }

    /** Every Han character of the Basic Multilingual Plane: asked for every character of every article. */
    private static final java.util.BitSet HAN = han();

    static boolean isHan(char c) {
        return HAN.get(c);
    }

    private static java.util.BitSet han() {
        java.util.BitSet han = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han.set(c);
            }
        }
        return han;
    }

    static boolean isHanOrFullWidth(char c) {
        return isHan(c) || FULL_WIDTH_PUNCTUATION.indexOf(c) >= 0;
    }

    static char at(CharSequence s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\n';
    }
}
