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
 * <p>All dictionaries of a group share one trie. Which key the group chooses depends only on the
 * keys along the path the text takes from the root, so the choice is worked out once per trie
 * node when the matcher is built; matching at a position is then one walk down the trie as far as
 * the text goes, and the deepest node reached holds the answer. Nodes are numbered; the children of the
 * root are found through an array indexed by the first UTF-16 unit, deeper children through an
 * open-addressing hash table keyed by (parent node, next unit). Keys outside the Basic
 * Multilingual Plane are walked as their two surrogate units, which gives the same matches as
 * OpenCC's walk over UTF-8 bytes, because every key is a whole number of code points.
 *
 * <p>Immutable after construction; one instance is shared by every thread.
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

    /** Trie node of each first UTF-16 unit; 0 when no key starts with it. */
    private final int[] root = new int[Character.MAX_VALUE + 1];
    /** The same as a bit set (8 KB, which stays in the fastest cache while a text is scanned). */
    private final long[] starts = new long[(Character.MAX_VALUE + 1) >> 6];
    private long[] childKeys = new long[1 << 10];
    private int[] childNodes = new int[1 << 10];
    private int childCount;
    private int mask = (1 << 10) - 1;
    private int nodes = 1;
    private int[] parent = new int[1 << 10];
    /** Per node and dictionary: index + 1 of the value of the key ending there, 0 for none. */
    private int[] values;
    private final int leaves;
    private final List<String> outputs = new ArrayList<>();
    private final String[] out;
    private final char[][] outChars;
    /**
     * Per node: the group's choice when the walk from the root ends at this node, packed as
     * {@code length << 32 | output}, or -1. Computed once from the keys along the node's path.
     */
    private final long[] answer;

    public Matcher(Spec spec) {
        List<Dictionary> dicts = new ArrayList<>();
        Node tree = compile(spec, dicts);
        this.leaves = dicts.size();
        this.values = new int[1 << 10];
        for (int leaf = 0; leaf < leaves; leaf++) {
            for (Map.Entry<String, List<String>> e : dicts.get(leaf).entries().entrySet()) {
                insert(e.getKey(), leaf, e.getValue().get(0));
            }
        }
        this.out = outputs.toArray(String[]::new);
        this.outChars = new char[out.length][];
        for (int i = 0; i < out.length; i++) {
            outChars[i] = out[i].toCharArray();
        }
        this.answer = answers(tree);
        this.values = null;
        this.parent = null;
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

    /**
     * Evaluates the group at every node. A node is created after its parent, so one pass in
     * creation order sees each parent first: the longest key of each dictionary along a node's
     * path is the node's own key for that dictionary, else its parent's.
     */
    private long[] answers(Node tree) {
        long[] along = new long[nodes * leaves];
        int[] depth = new int[nodes];
        long[] result = new long[nodes];
        result[0] = -1L;
        Arrays.fill(along, 0, leaves, -1L);
        for (int node = 1; node < nodes; node++) {
            int p = parent[node];
            depth[node] = depth[p] + 1;
            for (int leaf = 0; leaf < leaves; leaf++) {
                int v = values[node * leaves + leaf];
                along[node * leaves + leaf] = v != 0 ? ((long) depth[node] << 32) | (v - 1) : along[p * leaves + leaf];
            }
            result[node] = evaluate(tree, along, node * leaves);
        }
        return result;
    }

    /** OpenCC's group policies over the longest match of each dictionary (-1: none). */
    private static long evaluate(Node n, long[] best, int base) {
        if (n.leaf >= 0) {
            return best[base + n.leaf];
        }
        long chosen = -1L;
        for (Node child : n.children) {
            long r = evaluate(child, best, base);
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

    /** True when some key starts with {@code c}. */
    public boolean canStart(char c) {
        return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * The key the group chooses at {@code pos} of {@code text} (reading nothing at or past
     * {@code end}), packed as {@code length << 32 | output}, or -1 when none matches. The deepest
     * trie node the text reaches carries the answer: a longer key would have gone deeper.
     */
    public long match(char[] text, int pos, int end) {
        int node = root[text[pos]];
        if (node == 0) {
            return -1L;
        }
        for (int i = pos + 1; i < end; i++) {
            int next = child(node, text[i]);
            if (next == 0) {
                break;
            }
            node = next;
        }
        return answer[node];
    }

    /** The replacement of a match from {@link #match}. */
    public String output(long match) {
        return out[(int) match];
    }

    /** The replacement of a match as characters (most replacements are one character). */
    char[] outputChars(long match) {
        return outChars[(int) match];
    }

    /** The length in UTF-16 units of a match from {@link #match}. */
    public static int length(long match) {
        return (int) (match >>> 32);
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
            node = newNode(0);
            root[key.charAt(0)] = node;
            starts[key.charAt(0) >>> 6] |= 1L << key.charAt(0);
        }
        for (int i = 1; i < key.length(); i++) {
            int next = child(node, key.charAt(i));
            if (next == 0) {
                next = newNode(node);
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

    private int newNode(int parentNode) {
        int node = nodes++;
        int needed = nodes * leaves;
        if (needed > values.length) {
            values = Arrays.copyOf(values, Math.max(needed, values.length * 2));
        }
        if (node >= parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[node] = parentNode;
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
