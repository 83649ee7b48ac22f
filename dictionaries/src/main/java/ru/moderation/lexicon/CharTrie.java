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

    public CharTrie() {
        newNode('\0');
    }

    private int newNode(char c) {
        if (size == label.length) {
            int n = size * 2;
            label = java.util.Arrays.copyOf(label, n);
            firstChild = java.util.Arrays.copyOf(firstChild, n);
            nextSibling = java.util.Arrays.copyOf(nextSibling, n);
            value = java.util.Arrays.copyOf(value, n);
        }
        label[size] = c;
        firstChild[size] = NONE;
        nextSibling[size] = NONE;
        value[size] = NONE;
        return size++;
    }

    /** Adds {@code key} with {@code v}; an existing value is kept (first writer wins). */
    public void put(String key, int v) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int child = child(node, c);
            if (child == NONE) {
                child = newNode(c);
                nextSibling[child] = firstChild[node];
                firstChild[node] = child;
            }
            node = child;
        }
        if (value[node] == NONE) {
            value[node] = v;
        }
    }

    public int root() {
        return 0;
    }

    public int child(int node, char c) {
        for (int ch = firstChild[node]; ch != NONE; ch = nextSibling[ch]) {
            if (label[ch] == c) {
                return ch;
            }
        }
        return NONE;
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
