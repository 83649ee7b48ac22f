package ru.moderation.classify;

import java.util.Arrays;

/**
 * Growable parallel arrays of rule hits for one text; reused per thread. Capped: a moderator needs
 * the evidence, not a million copies of it, and the cap keeps a hostile 10 MB comment linear.
 */
final class Hits {
    static final int MAX = 256;

    int[] rule = new int[16];
    int[] start = new int[16];
    int[] end = new int[16];
    String[] term = new String[16];
    int size;

    void clear() {
        Arrays.fill(term, 0, size, null);
        size = 0;
    }

    void add(int r, int s, int e, String t) {
        if (size >= MAX) {
            return;
        }
        for (int i = Math.max(0, size - 8); i < size; i++) {
            if (rule[i] == r && start[i] == s && end[i] == e) {
                return;
            }
        }
        if (size == rule.length) {
            int n = size * 2;
            rule = Arrays.copyOf(rule, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            term = Arrays.copyOf(term, n);
        }
        rule[size] = r;
        start[size] = s;
        end[size] = e;
        term[size] = t;
        size++;
    }
}
