package ru.moderation.lexicon;

import java.util.Map;

/**
 * Exact word forms → entry index, as open addressing over one char pool. The classifier hashes a
 * token while it folds it and probes here without building a String.
 */
public final class FormTable {
    private final char[] pool;
    private final int[] offset;
    private final int[] length;
    private final int[] slots; // entry index + 1; 0 = empty
    private final int mask;
    /**
     * One bit per hash value of a listed form, a few bits per form. Most words looked up are not
     * listed; the bit answers them from a table small enough to stay in the core's cache, where the
     * slots, lengths and pool each cost a miss.
     */
    private final long[] seen;
    private final int seenMask;

    public FormTable(Map<String, Integer> forms) {
        int cap = Integer.highestOneBit(Math.max(16, forms.size() * 3)) << 1;
        slots = new int[cap];
        mask = cap - 1;
        int total = 0;
        for (String k : forms.keySet()) {
            total += k.length();
        }
        pool = new char[total];
        int n = 0;
        for (int v : forms.values()) {
            n = Math.max(n, v + 1);
        }
        offset = new int[n];
        length = new int[n];
        int bits = Integer.highestOneBit(Math.max(1024, forms.size() * 16));
        seen = new long[bits >>> 6];
        seenMask = bits - 1;
        int p = 0;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            String k = e.getKey();
            int idx = e.getValue();
            k.getChars(0, k.length(), pool, p);
            offset[idx] = p;
            length[idx] = k.length();
            p += k.length();
            int full = hash(k.toCharArray(), 0, k.length());
            int b = Integer.rotateLeft(full, 16) & seenMask;
            seen[b >>> 6] |= 1L << b;
            int h = full & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            slots[h] = idx + 1;
        }
    }

    public static int hash(char[] s, int from, int len) {
        int h = 0;
        for (int i = from; i < from + len; i++) {
            h = 31 * h + s[i];
        }
        return mix(h);
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /** Entry index of {@code s[from, from+len)}, or -1. */
    public int find(char[] s, int from, int len) {
        int full = hash(s, from, len);
        int b = Integer.rotateLeft(full, 16) & seenMask;
        if ((seen[b >>> 6] & 1L << b) == 0) {
            return -1;
        }
        int h = full & mask;
        while (true) {
            int slot = slots[h];
            if (slot == 0) {
                return -1;
            }
            int idx = slot - 1;
            if (length[idx] == len && regionEquals(s, from, idx, len)) {
                return idx;
            }
            h = (h + 1) & mask;
        }
    }

    private boolean regionEquals(char[] s, int from, int idx, int len) {
        int o = offset[idx];
        for (int i = 0; i < len; i++) {
            if (pool[o + i] != s[from + i]) {
                return false;
            }
        }
        return true;
    }

    public String key(int idx) {
        return new String(pool, offset[idx], length[idx]);
    }
}
