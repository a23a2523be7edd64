package org.zhedition.script.opencc;

import java.util.Arrays;
import java.util.List;

/**
 * One stage of an OpenCC conversion chain (OpenCC's {@code Conversion.cpp}): maximum forward
 * matching over a dictionary group. At each position the group's chosen key is replaced by its
 * first value and matching resumes after it; where no key matches, one character is copied (or,
 * as in OpenCC, a whole ideographic description sequence such as ⿰氵工, so that its components
 * are not converted one by one).
 *
 * <p>Stages work on {@code char} arrays: a chain copies its text out of the {@link String} once,
 * and a stage that matches nothing passes its input on untouched.
 */
public final class Conversion {
    private final Matcher matcher;

    public Conversion(Matcher matcher) {
        this.matcher = matcher;
    }

    public Conversion(Matcher.Spec spec) {
        this(new Matcher(spec));
    }

    /** Text being converted: the first {@code length} characters of {@code chars}. */
    static final class Text {
        char[] chars;
        int length;

        /** The text as a String, when it is one already (a match that covers the whole input). */
        private String string;

        Text(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }

        /** A whole replacement: read only (it shares the matcher's characters), never appended to. */
        Text(char[] chars, String string) {
            this(chars, chars.length);
            this.string = string;
        }

        void append(char[] from, int start, int end) {
            int n = end - start;
            ensure(n);
            System.arraycopy(from, start, chars, length, n);
            length += n;
        }

        void append(char[] s) {
            if (s.length == 1 && length < chars.length) {
                chars[length++] = s[0];
                return;
            }
            append(s, 0, s.length);
        }

        private void ensure(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length + more, chars.length + (chars.length >> 1) + 16));
            }
        }

        @Override
        public String toString() {
            return string != null ? string : new String(chars, 0, length);
        }
    }

    /** Converts {@code text}; returns {@code text} itself when nothing matched. */
    public String convert(String text) {
        return chain(List.of(this), text);
    }

    /** Converts {@code text} through each stage in turn. */
    public static String chain(List<Conversion> stages, String text) {
        if (stages.isEmpty() || text.isEmpty()) {
            return text;
        }
        Text t = new Text(text.toCharArray(), text.length());
        boolean changed = false;
        for (Conversion stage : stages) {
            Text converted = stage.apply(t.chars, t.length);
            if (converted != null) {
                t = converted;
                changed = true;
            }
        }
        return changed ? t.toString() : text;
    }

    /** Converts the first {@code length} characters of {@code in}; null when no key matched. */
    Text apply(char[] in, int length) {
        Text out = null;
        int copied = 0;
        int i = 0;
        while (i < length) {
            char c = in[i];
            if (!matcher.canStart(c)) {
                i += Ids.isOperator(c) ? Math.max(1, Ids.length(in, i, length)) : 1;
                continue;
            }
            long match = matcher.match(in, i, length);
            if (match < 0) {
                i += unmatched(in, i, length);
                continue;
            }
            if (out == null) {
                if (i == 0 && Matcher.length(match) == length) {
                    // The whole input is one key (a phrase segment, most often): its replacement as it is.
                    return new Text(matcher.outputChars(match), matcher.output(match));
                }
                out = new Text(new char[length + 16], 0);
            }
            out.append(in, copied, i);
            out.append(matcher.outputChars(match));
            i += Matcher.length(match);
            copied = i;
        }
        if (out != null) {
            out.append(in, copied, length);
        }
        return out;
    }

    /** How far an unmatched position advances: an ideographic description sequence, or one code point. */
    static int unmatched(char[] text, int i, int end) {
        int ids = Ids.length(text, i, end);
        if (ids > 0) {
            return ids;
        }
        return Character.isHighSurrogate(text[i]) && i + 1 < end && Character.isLowSurrogate(text[i + 1]) ? 2 : 1;
    }

    Matcher matcher() {
        return matcher;
    }
}
