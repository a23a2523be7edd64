package org.zhedition.script.opencc;

/**
 * Ideographic description sequences (U+2FF0–U+2FFF operators with their operands, e.g. ⿰氵工),
 * which OpenCC copies as one unit where no dictionary key matches ({@code UTF8Util.hpp}:
 * {@code NextIdeographicDescriptionSequenceLength}, at most 16 levels and 64 code points).
 */
final class Ids {
    private static final int MAX_DEPTH = 16;
    private static final int MAX_CODE_POINTS = 64;

    private Ids() {
    }

    static boolean isOperator(char c) {
        return c >= 0x2FF0 && c <= 0x2FFF;
    }

    private static int arity(int codePoint) {
        return switch (codePoint) {
            case 0x2FF2, 0x2FF3 -> 3;
            case 0x2FFE, 0x2FFF -> 1;
            default -> codePoint >= 0x2FF0 && codePoint <= 0x2FFD ? 2 : 0;
        };
    }

    /** The length in UTF-16 units of the complete sequence starting at {@code i}, or 0. */
    static int length(char[] text, int i, int end) {
        if (i >= end || !isOperator(text[i])) {
            return 0;
        }
        int[] codePoints = {0};
        int n = consume(text, i, end, MAX_DEPTH, codePoints);
        return Math.max(n, 0);
    }

    /** Units consumed by one complete sequence at {@code i}; -1 when incomplete or invalid. */
    private static int consume(char[] text, int i, int end, int depthLeft, int[] codePoints) {
        if (i >= end || depthLeft == 0 || codePoints[0] >= MAX_CODE_POINTS) {
            return -1;
        }
        int cp = Character.codePointAt(text, i, end);
        int units = Character.charCount(cp);
        if (i + units > end) {
            return -1;
        }
        codePoints[0]++;
        int arity = arity(cp);
        int offset = units;
        for (int k = 0; k < arity; k++) {
            int operand = consume(text, i + offset, end, depthLeft - 1, codePoints);
            if (operand < 0) {
                return -1;
            }
            offset += operand;
        }
        return offset;
    }
}
