package org.zhedition.script.opencc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A dictionary group of an OpenCC configuration, compiled once into a trie for maximum forward
 * matching: at a position of a text, which key matches, and what it is replaced with.
 *
 * <p>A group is a tree of dictionaries with OpenCC's match policies ({@code DictGroup.cpp}):
 * <em>short-circuit</em> (the default) takes the first dictionary, in order, that has any key at
 * the position, and its longest key there; <em>union</em> takes the longest key of any dictionary
 * (the earlier dictionary on a tie). {@code hk2s}'s second stage is short-circuit over
 * TSPhrases, TSCharactersExt and TSCharacters; {@code s2t}'s is short-circuit over a union of
 * STPhrases and the phrases generated from the regional tables, then STCharacters.
 *
 * <p>All dictionaries of a group share one trie, walked once per position; each trie node records,
 * per dictionary, the value of the key that ends there. Nodes are numbered; the children of the
 * root are found through an array indexed by the first UTF-16 unit, deeper children through an
 * open-addressing hash table keyed by (parent node, next unit). Keys outside the Basic
 * Multilingual Plane are walked as their two surrogate units, which gives the same matches as
 * OpenCC's walk over UTF-8 bytes, because every key is a whole number of code points.
 *
 * <p>Immutable after construction, so one instance is shared by every thread; a
 * {@link Cursor} holds one caller's scratch space.
 */
public final class Matcher {
    /** How a group chooses among its dictionaries. */
    public enum Policy {
        SHORT_CIRCUIT, UNION
    }

    /** A dictionary or a group of them, as an OpenCC configuration names them. */
    public sealed interface Spec permits Leaf, Group {
    }

    /** One dictionary. */
    public record Leaf(Dictionary dictionary) implements Spec {
    }

    /** A group of dictionaries. */
    public record Group(Policy policy, List<Spec> dicts) implements Spec {
        public Group {
            dicts = List.copyOf(dicts);
        }
    }

    /** The spec as evaluated at each position: leaves numbered in order. */
    private static final class Node {
        final int leaf;
        final boolean union;
        final Node[] children;

        Node(int leaf, boolean union, Node[] children) {
            this.leaf = leaf;
            this.union = union;
            this.children = children;
        }
    }

    private final Node tree;
    private final int leaves;
    /** Trie node of each first UTF-16 unit; 0 when no key starts with it. */
    private final int[] root = new int[Character.MAX_VALUE + 1];
    private long[] childKeys = new long[1 << 10];
    private int[] childNodes = new int[1 << 10];
    private int childCount;
    private int mask = (1 << 10) - 1;
    /** Per node and leaf: index + 1 of the output of the key ending there, 0 for none. */
    private int[] values = new int[1 << 12];
    private int nodes = 1;
    private final List<String> outputs = new ArrayList<>();
    private final String[] out;
    private final int maxKeyLength;

    public Matcher(Spec spec) {
        List<Dictionary> dicts = new ArrayList<>();
        this.tree = compile(spec, dicts);
        this.leaves = dicts.size();
        int longest = 0;
        for (int leaf = 0; leaf < leaves; leaf++) {
            for (Map.Entry<String, List<String>> e : dicts.get(leaf).entries().entrySet()) {
                insert(e.getKey(), leaf, e.getValue().get(0));
                longest = Math.max(longest, e.getKey().length());
            }
        }
        this.maxKeyLength = longest;
        this.out = outputs.toArray(String[]::new);
        this.values = Arrays.copyOf(values, nodes * leaves);
    }

    /** A matcher over one dictionary. */
    public static Matcher of(Dictionary dictionary) {
        return new Matcher(new Leaf(dictionary));
    }

    private static Node compile(Spec spec, List<Dictionary> dicts) {
        if (spec instanceof Leaf leaf) {
            dicts.add(leaf.dictionary());
            return new Node(dicts.size() - 1, false, null);
        }
        Group group = (Group) spec;
        Node[] children = new Node[group.dicts().size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = compile(group.dicts().get(i), dicts);
        }
        return new Node(-1, group.policy() == Policy.UNION, children);
    }

    /** True when some key starts with {@code c}. */
    public boolean canStart(char c) {
        return root[c] != 0;
    }

    /** The longest key's length in UTF-16 units. */
    public int maxKeyLength() {
        return maxKeyLength;
    }

    /** The replacement with index {@code output} (see {@link Cursor#output()}). */
    public String output(int output) {
        return out[output];
    }

    /** Scratch space for matching; one per caller and thread. */
    public Cursor cursor() {
        return new Cursor();
    }

    /** Matches at positions of a text; not thread-safe, cheap to make. */
    public final class Cursor {
        private final long[] best = new long[leaves];
        private int output;

        /**
         * The length of the key the group chooses at {@code pos} of {@code text} (not reading at
         * or past {@code end}), or 0 when none matches; then {@link #output()} is its replacement.
         */
        public int match(CharSequence text, int pos, int end) {
            int node = root[text.charAt(pos)];
            if (node == 0) {
                return 0;
            }
            Arrays.fill(best, -1L);
            int length = 1;
            while (true) {
                int base = node * leaves;
                for (int leaf = 0; leaf < leaves; leaf++) {
                    int v = values[base + leaf];
                    if (v != 0) {
                        best[leaf] = ((long) length << 32) | (v - 1);
                    }
                }
                if (pos + length >= end) {
                    break;
                }
                node = child(node, text.charAt(pos + length));
                if (node == 0) {
                    break;
                }
                length++;
            }
            long chosen = leaves == 1 ? best[0] : evaluate(tree);
            if (chosen < 0) {
                return 0;
            }
            output = (int) chosen;
            return (int) (chosen >>> 32);
        }

        /** The replacement of the last match, for {@link Matcher#output(int)}. */
        public int output() {
            return output;
        }

        /** The replacement of the last match. */
        public String replacement() {
            return out[output];
        }

        private long evaluate(Node n) {
            if (n.leaf >= 0) {
                return best[n.leaf];
            }
            long chosen = -1L;
            for (Node child : n.children) {
                long r = evaluate(child);
                if (r < 0) {
                    continue;
                }
                if (!n.union) {
                    return r;
                }
                if (chosen < 0 || (r >>> 32) > (chosen >>> 32)) {
                    chosen = r;
                }
            }
            return chosen;
        }
    }

    private int child(int parent, char c) {
        long key = ((long) parent << 16) | c;
        int slot = hash(key) & mask;
        while (true) {
            long k = childKeys[slot];
            if (k == key) {
                return childNodes[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private void insert(String key, int leaf, String value) {
        if (key.isEmpty()) {
            return;
        }
        int node = root[key.charAt(0)];
        if (node == 0) {
            node = newNode();
            root[key.charAt(0)] = node;
        }
        for (int i = 1; i < key.length(); i++) {
            int next = child(node, key.charAt(i));
            if (next == 0) {
                next = newNode();
                putChild(node, key.charAt(i), next);
            }
            node = next;
        }
        int slot = node * leaves + leaf;
        if (values[slot] == 0) {
            outputs.add(value);
            values[slot] = outputs.size();
        }
    }

    private int newNode() {
        int node = nodes++;
        int needed = nodes * leaves;
        if (needed > values.length) {
            values = Arrays.copyOf(values, Math.max(needed, values.length * 2));
        }
        return node;
    }

    private void putChild(int parent, char c, int node) {
        if ((childCount + 1) * 2 > childKeys.length) {
            rehash();
        }
        long key = ((long) parent << 16) | c;
        int slot = hash(key) & mask;
        while (childKeys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        childKeys[slot] = key;
        childNodes[slot] = node;
        childCount++;
    }

    private void rehash() {
        long[] oldKeys = childKeys;
        int[] oldNodes = childNodes;
        childKeys = new long[oldKeys.length * 2];
        childNodes = new int[oldKeys.length * 2];
        mask = childKeys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = hash(oldKeys[i]) & mask;
                while (childKeys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                childKeys[slot] = oldKeys[i];
                childNodes[slot] = oldNodes[i];
            }
        }
    }
}
