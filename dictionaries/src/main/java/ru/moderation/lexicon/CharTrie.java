package ru.moderation.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A char trie flattened into arrays after building: no objects per node and no boxing on the hot
 * path. Children are found by scanning a sibling list, which is short for Russian roots.
 */
public final class CharTrie {
    public static final int NONE = -1;

    private char[] label = new char[64];
    private int[] firstChild = new int[64];
    private int[] nextSibling = new int[64];
    private int[] value = new int[64];
    private int size;
    /** Children of the root by char, for chars below {@link #DIRECT}: most lookups start and end there. */
    private static final int DIRECT = 0x460;
    private final int[] rootChild = new int[DIRECT];
    /** Children by Cyrillic letter а..я, 32 slots a node: one array read per step of a walk. */
    private int[] dense = new int[64 * 32];
    /** (node, char) → child for every other char (Latin, ъ-less spellings, digits in masked forms). */
    private final LongIntMap children = new LongIntMap();
    /**
     * Bit {@code 32 * a + b}: some key starts with Cyrillic letters a, b (or is the single letter a). A
     * walk from a position of an ordinary word mostly ends at its second letter; this answers it from
     * 128 bytes instead of a node of {@link #dense}.
     */
    private final long[] pairs = new long[16];
    /** Which other chars occur below the root at all: most probes with them end here. */
    private final java.util.BitSet otherChars = new java.util.BitSet();

    public CharTrie() {
        java.util.Arrays.fill(rootChild, NONE);
        newNode('\0');
    }

    private int newNode(char c) {
        if (size == label.length) {
            int n = size * 2;
            label = java.util.Arrays.copyOf(label, n);
            firstChild = java.util.Arrays.copyOf(firstChild, n);
            nextSibling = java.util.Arrays.copyOf(nextSibling, n);
            value = java.util.Arrays.copyOf(value, n);
            int old = dense.length;
            dense = java.util.Arrays.copyOf(dense, n * 32);
            java.util.Arrays.fill(dense, old, dense.length, NONE);
        }
        if (size == 0) {
            java.util.Arrays.fill(dense, NONE);
        }
        label[size] = c;
        firstChild[size] = NONE;
        nextSibling[size] = NONE;
        value[size] = NONE;
        return size++;
    }

    /** Adds {@code key} with {@code v}; an existing value is kept (first writer wins). */
    public void put(String key, int v) {
        char a = key.isEmpty() ? 0 : key.charAt(0);
        if (a >= 'а' && a <= 'я') {
            char b = key.length() > 1 ? key.charAt(1) : 0;
            if (b >= 'а' && b <= 'я') {
                int bit = 32 * (a - 'а') + (b - 'а');
                pairs[bit >>> 6] |= 1L << bit;
            } else {
                for (int bit = 32 * (a - 'а'); bit < 32 * (a - 'а' + 1); bit++) {
                    pairs[bit >>> 6] |= 1L << bit; // any second letter, or none: the pair cannot rule it out
                }
            }
        }
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int child = child(node, c);
            if (child == NONE) {
                child = newNode(c);
                nextSibling[child] = firstChild[node];
                firstChild[node] = child;
                if (node == 0 && c < DIRECT) {
                    rootChild[c] = child;
                }
                if (c >= 'а' && c <= 'я') {
                    dense[node * 32 + (c - 'а')] = child;
                } else {
                    children.put(((long) node << 16) | c, child);
                    otherChars.set(c);
                }
            }
            node = child;
        }
        if (value[node] == NONE) {
            value[node] = v;
        }
    }

    /**
     * False when no key can start with {@code a, b}; true is only a maybe. Chars other than а..я are
     * always a maybe: keys with them are rare and are not in the table.
     */
    public boolean mayStart(char a, char b) {
        if (a < 'а' || a > 'я' || b < 'а' || b > 'я') {
            return true;
        }
        int bit = 32 * (a - 'а') + (b - 'а');
        return (pairs[bit >>> 6] & 1L << bit) != 0;
    }

    public int root() {
        return 0;
    }

    public int child(int node, char c) {
        if (c >= 'а' && c <= 'я') {
            return dense[node * 32 + (c - 'а')];
        }
        if (node == 0 && c < DIRECT) {
            return rootChild[c];
        }
        if (!otherChars.get(c)) {
            return NONE;
        }
        return children.get(((long) node << 16) | c, NONE);
    }

    public int firstChild(int node) {
        return firstChild[node];
    }

    public int nextSibling(int node) {
        return nextSibling[node];
    }

    public char label(int node) {
        return label[node];
    }

    /** The value stored at {@code node}, or {@link #NONE}. */
    public int value(int node) {
        return value[node];
    }

    public boolean isEmpty() {
        return size == 1;
    }

    /** All keys, for diagnostics and tests. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        collect(0, new StringBuilder(), out);
        return out;
    }

    private void collect(int node, StringBuilder prefix, List<String> out) {
        if (value[node] != NONE) {
            out.add(prefix.toString());
        }
        for (int ch = firstChild[node]; ch != NONE; ch = nextSibling[ch]) {
            prefix.append(label[ch]);
            collect(ch, prefix, out);
            prefix.setLength(prefix.length() - 1);
        }
    }
}
