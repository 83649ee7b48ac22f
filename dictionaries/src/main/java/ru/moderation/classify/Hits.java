package ru.moderation.classify;

import java.util.Arrays;

/**
 * Growable parallel arrays of rule hits for one text; reused per thread. Capped per rule: a
 * moderator needs the evidence, not a million copies of it, and the cap keeps a hostile 10 MB
 * comment linear. The cap is per rule so that padding with one word cannot push later evidence of
 * another rule out.
 */
final class Hits {
    static final int MAX_PER_RULE = 16;
    private final int[] perRule;

    int[] rule = new int[16];
    int[] start = new int[16];
    int[] end = new int[16];
    String[] term = new String[16];
    int size;

    Hits(int rules) {
        perRule = new int[rules];
    }

    void clear() {
        if (size == 0) { // most texts: leave the arrays alone, they may have left the cache since
            return;
        }
        for (int i = 0; i < size; i++) {
            perRule[rule[i]] = 0;
        }
        Arrays.fill(term, 0, size, null);
        size = 0;
    }

    /** Keeps the hits whose {@code keep} flag is set, in order. */
    void retain(boolean[] keep) {
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (keep[i]) {
                rule[w] = rule[i];
                start[w] = start[i];
                end[w] = end[i];
                term[w] = term[i];
                w++;
            } else {
                perRule[rule[i]]--;
            }
        }
        Arrays.fill(term, w, size, null);
        size = w;
    }

    void add(int r, int s, int e, String t) {
        if (perRule[r] >= MAX_PER_RULE) {
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
        perRule[r]++;
        rule[size] = r;
        start[size] = s;
        end[size] = e;
        term[size] = t;
        size++;
    }
}
