package ru.moderation.lexicon;

import java.util.Arrays;

/** Open-addressing long → int map without boxing, for the phrase automaton's transitions. */
final class LongIntMap {
    private long[] keys = new long[16];
    private int[] values = new int[16];
    private boolean[] used = new boolean[16];
    private int size;

    int get(long key, int missing) {
        int mask = keys.length - 1;
        int h = (int) mix(key) & mask;
        while (used[h]) {
            if (keys[h] == key) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
        return missing;
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int h = (int) mix(key) & mask;
        while (used[h]) {
            if (keys[h] == key) {
                values[h] = value;
                return;
            }
            h = (h + 1) & mask;
        }
        used[h] = true;
        keys[h] = key;
        values[h] = value;
        size++;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                put(k[i], v[i]);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    @Override
    public String toString() {
        return "LongIntMap[" + size + "]" + Arrays.hashCode(keys);
    }
}
