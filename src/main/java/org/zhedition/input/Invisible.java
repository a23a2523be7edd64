package org.zhedition.input;

import java.util.Locale;

/**
 * Characters that never belong in an editor's text, whether typed, pasted, or written as a YAML
 * escape ({@code "\0"}, {@code "\uD800"}) or a Markdown entity ({@code &#11;}):
 *
 * <ul>
 * <li>C0 control characters other than TAB, LF and CR (CR is turned into LF when a file is read),
 *     DEL and the C1 controls U+0080–U+009F: invisible, and most are not allowed in XML, so one
 *     in a text would make the e-books' XHTML unreadable (U+000B is what a word processor pastes
 *     for a soft line break);
 * <li>Unicode noncharacters (U+FDD0–U+FDEF and every U+xxFFFE, U+xxFFFF) and unpaired surrogates;
 * <li>U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, word-processor breaks that Markdown
 *     does not see as breaks;
 * <li>the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 *     which reorder how a title or sentence is shown and can make it read other than it is
 *     written. The marks U+200E, U+200F and U+061C, which change no order by themselves, are allowed.
 * </ul>
 */
public final class Invisible {
    private Invisible() {
    }

    /** The index of the first such character in {@code text}, or -1. */
    public static int find(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                if ((cp & 0xFFFE) == 0xFFFE) {
                    return i;
                }
                i++;
            } else if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c >= 0xFDD0 && c <= 0xFDEF || c == 0xFFFE || c == 0xFFFF
                || Character.isSurrogate(c)  // unpaired: pairs are skipped above
                || c == 0x2028 || c == 0x2029
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** The character at {@code i} of {@code text} named for an editor, e.g. {@code U+000B (vertical tab)}. */
    public static String name(CharSequence text, int i) {
        int cp = Character.codePointAt(text, i);
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }

    /** What the editor should do about the character at {@code i}. */
    public static String fix(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == 0) {
            return "delete it; a file full of them was saved as UTF-16 or is not text: save it as UTF-8 text";
        }
        if (c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029) {
            return "delete it (a word processor's line or page break): end a paragraph with an empty line instead";
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return "delete it: a direction control reorders how the text is shown; the page sets the text's direction itself";
        }
        return "delete it (an invisible character, usually pasted with the text); your editor may show it as a box or "
                + String.format(Locale.ROOT, "<%02x>", (int) c);
    }

    /**
     * Throws a {@link ContentError} when {@code text} holds such a character.
     *
     * @param line  the line of {@code file} where {@code text} starts
     * @param where how the message names the text, e.g. "in this value"
     */
    public static void check(CharSequence text, java.nio.file.Path file, int line, String where) {
        int i = find(text);
        if (i < 0) {
            return;
        }
        int lineOf = line;
        int column = 1;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                lineOf++;
                column = 1;
            } else {
                column++;
            }
        }
        throw new ContentError(file, lineOf, "the character " + name(text, i) + " " + where + (where.isEmpty() ? "" : " ")
                + "at column " + column + " does not belong in text", fix(text, i));
    }
}
