package org.zhedition.lint;

/**
 * One fault found in a text, by offset: what is wrong, how to fix it, and for a safe fix the
 * replacement of the {@code length} characters at {@code offset}.
 *
 * @param kind        the rule, as {@code lint --fix} counts its repairs (e.g. {@code ,→，})
 * @param replacement the text that replaces the fault when the fix is safe; null when the editor decides
 */
public record Hit(int offset, int length, String rule, String what, String fix, String kind, String replacement) {
    public boolean safe() {
        return replacement != null;
    }

    static Hit judgement(int offset, int length, String rule, String what, String fix) {
        return new Hit(offset, length, rule, what, fix, rule, null);
    }
}
