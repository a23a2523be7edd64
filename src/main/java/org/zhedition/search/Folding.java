package org.zhedition.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zhedition.script.opencc.Dictionary;
import org.zhedition.script.opencc.OpenccData;

/**
 * Folds both scripts (and regional variant characters) to one key, character by character, so
 * that 蒸馏 and 蒸餾 are the same word to the search. The classes come from this project's copy of
 * OpenCC's character tables: Traditional → Simplified ({@code TSCharacters}), Simplified →
 * Traditional ({@code STCharacters}) and the Hong Kong and Taiwan variant tables, each mapping
 * joining its key and its first value in one class (union-find); each class is folded to its
 * smallest character. Latin letters fold to one case and full-width forms (ＡＩ) to plain ones.
 *
 * <p>Only characters of the Basic Multilingual Plane take part, on both sides, so folding never
 * changes a string's length in UTF-16 code units: a match found in the folded text is at the same
 * place in the text shown (the browser marks it there). The browser needs no OpenCC: the build
 * ships the part of the table the site's text uses ({@link #tableFor}).
 */
public final class Folding {
    private static final List<String> TABLES = List.of("TSCharacters", "STCharacters", "HKVariants", "TWVariants");
    private final char[] key = new char[Character.MAX_VALUE + 1];

    private Folding() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            key[c] = (char) c;
        }
    }

    /** The folding built from OpenCC's tables as shipped in this project. */
    public static Folding of(OpenccData data) {
        Folding f = new Folding();
        for (String table : TABLES) {
            Dictionary d = data.dictionary(table);
            for (Map.Entry<String, List<String>> e : d.entries().entrySet()) {
                String from = e.getKey();
                String to = e.getValue().get(0);
                if (from.length() == 1 && to.length() == 1) {
                    f.union(from.charAt(0), to.charAt(0));
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            f.union(c, Character.toLowerCase(c));
        }
        for (char c = '!'; c <= '~'; c++) {
            f.union(c, (char) (c - '!' + '\uFF01'));  // full-width ASCII: ！ … ～
        }
        f.union(' ', '\u3000');
        // Flatten: every character points straight at its class's key.
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            f.key[c] = f.find((char) c);
        }
        return f;
    }

    private char find(char c) {
        char root = c;
        while (key[root] != root) {
            root = key[root];
        }
        while (key[c] != root) {  // path compression
            char next = key[c];
            key[c] = root;
            c = next;
        }
        return root;
    }

    /** Joins two classes; the smaller character becomes the key, so the result is order-free. */
    private void union(char a, char b) {
        char ra = find(a);
        char rb = find(b);
        if (ra < rb) {
            key[rb] = ra;
        } else if (rb < ra) {
            key[ra] = rb;
        }
    }

    public char fold(char c) {
        return key[c];
    }

    /** The text folded character by character: same length, same positions. */
    public String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = key[out[i]];
        }
        return new String(out);
    }

    /**
     * The pairs (character → key) the browser needs to fold the queries and texts of a site whose
     * folded text uses the keys {@code used}: every character that folds to one of them, except
     * the keys themselves. A character of another class cannot match anything in the site, so it
     * needs no entry.
     */
    public SortedMap<Character, Character> tableFor(Set<Character> used) {
        SortedMap<Character, Character> out = new TreeMap<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char k = key[c];
            if (k != c && used.contains(k)) {
                out.put((char) c, k);
            }
        }
        return out;
    }
}
