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
     * Bit {@code 1024 * a + 32 * b + c}: some key starts with the Cyrillic letters a, b, c, or is shorter
     * and starts with a, b (or a). A walk from a position of an ordinary word mostly ends within its
     * first three letters; this answers it from 4 KB instead of nodes of {@link #dense}. {@link #pairs}
     * does the same for the last two letters of a word.
     */
    private final long[] triples = new long[512];
    private final long[] pairs = new long[16];
    /** Bit a: a key is the single letter a (only such a key matches at a word's last letter). */
    private int singles;
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
        int k0 = cyrillic(key, 0);
        if (k0 >= 0) {
            int k1 = cyrillic(key, 1);
            int k2 = cyrillic(key, 2);
            // a key shorter than three letters, or with another char among them, allows any letter there
            for (int x = k1 < 0 ? 0 : k1; x <= (k1 < 0 ? 31 : k1); x++) {
                for (int y = k2 < 0 ? 0 : k2; y <= (k2 < 0 ? 31 : k2); y++) {
                    int bit = 1024 * k0 + 32 * x + y;
                    triples[bit >>> 6] |= 1L << bit;
                }
                int bit = 32 * k0 + x;
                pairs[bit >>> 6] |= 1L << bit;
            }
            if (key.length() == 1) {
                singles |= 1 << k0;
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
     * False when no key can start at {@code s[p]}; true is only a maybe. A char other than а..я among
     * the letters looked at is always a maybe: keys with them are rare and are not in the tables.
     */
    public boolean mayStart(char[] s, int p, int len) {
        int a = s[p] - 'а';
        if (a < 0 || a > 31) {
            return true;
        }
        if (p + 1 == len) {
            return (singles & 1 << a) != 0;
        }
        int b = s[p + 1] - 'а';
        if (b < 0 || b > 31) {
            return true;
        }
        if (p + 2 == len) {
            int bit = 32 * a + b;
            return (pairs[bit >>> 6] & 1L << bit) != 0;
        }
        int c = s[p + 2] - 'а';
        if (c < 0 || c > 31) {
            return true;
        }
        int bit = 1024 * a + 32 * b + c;
        return (triples[bit >>> 6] & 1L << bit) != 0;
    }

    /** Offset of {@code key.charAt(i)} from а when it is а..я; -1 for another char or past the end. */
    private static int cyrillic(String key, int i) {
        if (i >= key.length()) {
            return -1;
        }
        char c = key.charAt(i);
        return c >= 'а' && c <= 'я' ? c - 'а' : -1;
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
