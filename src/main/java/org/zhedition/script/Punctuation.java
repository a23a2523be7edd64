package org.zhedition.script;

import java.util.Locale;
import java.util.Optional;

/**
 * Quotation-mark style of an edition. Mainland text quotes with “ ” and ‘ ’; Hong Kong and
 * Taiwan text with 「 」 and 『 』.
 */
public enum Punctuation {
    /** Leave quotation marks as the source writes them. */
    KEEP,
    /** 「」『』 → “”‘’. */
    MAINLAND,
    /** “”‘’ → 「」『』 (single quotes only next to Han text, so English apostrophes survive). */
    CORNER;

    public static Optional<Punctuation> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Rewrites the quotation marks of {@code text}. */
    public String apply(String text) {
        switch (this) {
            case MAINLAND:
                return mainland(text);
            case CORNER:
                return corner(text);
            default:
                return text;
        }
    }

    /** 「」『』 → “”‘’ in one pass; the text itself when it has none. */
    private static String mainland(String text) {
        // On a copy: indexing an array costs the client compiler less than String.charAt.
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '「' && c <= '』') {
                char m = switch (c) {
                    case '「' -> '“';
                    case '」' -> '”';
                    case '『' -> '‘';
                    case '』' -> '’';
                    default -> c;
                };
                if (m != c) {
                    chars[i] = m;
                    changed = true;
                }
            }
        }
        return changed ? new String(chars) : text;
    }

    private static String corner(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '“' -> out.append('「');
                case '”' -> out.append('」');
                case '‘' -> out.append(han(next) || han(prev) ? '『' : c);
                case '’' -> out.append(han(prev) || han(next) && !Character.isLetter(prev) ? '』' : c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
