package org.zhedition.script.opencc;

import java.util.List;

/**
 * One stage of an OpenCC conversion chain (OpenCC's {@code Conversion.cpp}): maximum forward
 * matching over a dictionary group. At each position the group's chosen key is replaced by its
 * first value and matching resumes after it; where no key matches, one character is copied (or,
 * as in OpenCC, a whole ideographic description sequence such as ⿰氵工, so that its components
 * are not converted one by one).
 */
public final class Conversion {
    private final Matcher matcher;

    public Conversion(Matcher matcher) {
        this.matcher = matcher;
    }

    public Conversion(Matcher.Spec spec) {
        this(new Matcher(spec));
    }

    /** Converts {@code text}; returns {@code text} itself when nothing matched. */
    public String convert(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int end = text.length();
        while (i < end) {
            char c = text.charAt(i);
            if (!matcher.canStart(c)) {
                i += Ids.isOperator(c) ? Math.max(1, Ids.length(text, i, end)) : 1;
                continue;
            }
            long match = matcher.match(text, i, end);
            if (match < 0) {
                i += unmatched(text, i, end);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, i).append(matcher.output(match));
            i += Matcher.length(match);
            copied = i;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, end).toString();
    }

    /** Converts {@code text} through each stage in turn. */
    public static String chain(List<Conversion> stages, String text) {
        String s = text;
        for (Conversion stage : stages) {
            s = stage.convert(s);
        }
        return s;
    }

    /** How far an unmatched position advances: an ideographic description sequence, or one code point. */
    static int unmatched(CharSequence text, int i, int end) {
        int ids = Ids.length(text, i, end);
        if (ids > 0) {
            return ids;
        }
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    Matcher matcher() {
        return matcher;
    }
}
