package org.zhedition.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest of a set of phrases starting at a position, with no notion of word
 * boundaries: Han text has none, so 蒸餾 must match inside 知識蒸餾技術, and 測試時間縮放 must win
 * over any shorter phrase inside it. Used for conversion rules and for glossary terms.
 *
 * @param <T> what each phrase stands for
 */
public final class LongestMatch<T> {
    /** A phrase and its value. */
    public record Entry<T>(String phrase, T value) {
    }

    private final Map<Character, List<Entry<T>>> byFirstChar = new HashMap<>();
    /** Whether some phrase starts with a character: most characters of a text start none. */
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

    /**
     * @param entries phrases with their values; empty phrases are ignored; when a phrase occurs
     *                twice, the first entry wins
     */
    public LongestMatch(List<Entry<T>> entries) {
        Map<String, Entry<T>> unique = new HashMap<>();
        for (Entry<T> e : entries) {
            if (!e.phrase().isEmpty()) {
                unique.putIfAbsent(e.phrase(), e);
            }
        }
        for (Entry<T> e : unique.values()) {
            byFirstChar.computeIfAbsent(e.phrase().charAt(0), c -> new ArrayList<>()).add(e);
            starts[e.phrase().charAt(0)] = true;
        }
        Comparator<Entry<T>> longestFirst = Comparator.comparingInt((Entry<T> e) -> -e.phrase().length())
                .thenComparing(Entry::phrase);
        byFirstChar.values().forEach(l -> l.sort(longestFirst));
    }

    public boolean isEmpty() {
        return byFirstChar.isEmpty();
    }

    /**
     * The first position from {@code from} on where some phrase may start (its first character
     * starts a phrase), or the text's length: the positions before it need no lookup.
     */
    public int nextCandidate(CharSequence text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && !starts[text.charAt(i)]) {
            i++;
        }
        return i;
    }

    /** As {@link #nextCandidate(CharSequence, int)}, over {@code text}'s characters (cheaper on long texts). */
    public int nextCandidate(char[] text, int from) {
        int i = from;
        while (i < text.length && !starts[text[i]]) {
            i++;
        }
        return i;
    }

    /** The longest phrase that starts at {@code pos}, or null. */
    public Entry<T> at(CharSequence text, int pos) {
        char first = text.charAt(pos);
        if (!starts[first]) {
            return null;
        }
        List<Entry<T>> candidates = byFirstChar.get(first);
        if (candidates == null) {
            return null;
        }
        for (Entry<T> e : candidates) {
            String p = e.phrase();
            if (pos + p.length() <= text.length() && startsWith(text, pos, p)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Every phrase that starts at {@code pos}, longest first: the caller may reject the longest
     * (a glossary exception) and take the next.
     */
    public List<Entry<T>> all(CharSequence text, int pos) {
        char first = text.charAt(pos);
        if (!starts[first]) {
            return List.of();
        }
        List<Entry<T>> candidates = byFirstChar.get(first);
        if (candidates == null) {
            return List.of();
        }
        List<Entry<T>> out = new ArrayList<>();
        for (Entry<T> e : candidates) {
            String p = e.phrase();
            if (pos + p.length() <= text.length() && startsWith(text, pos, p)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean startsWith(CharSequence text, int pos, String p) {
        for (int i = 0; i < p.length(); i++) {
            if (text.charAt(pos + i) != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
