package ru.moderation.classify;

import static ru.moderation.classify.SpamDetector.typedDigit;

/**
 * Phone numbers spelled partly in Russian number words, the way adverts hide them from filters:
 * "восемь 921 сто 23 45 67", "8 911 - 5 ноль 3 - 2 2 - 8 1". Number words compose as Russian numerals do
 * (девятьсот двадцать один is 921, сто 23 is 123); digit groups are taken as written. A phone in words
 * only, with no digit, is spam.txt's count rule {@code spam.phone_words}, not this.
 */
final class SpokenNumbers {
    private SpokenNumbers() {}

    /** Number words, folded (lower case, ё as е), and their values. */
    private static final char[][] WORDS;
    private static final int[] VALUES;

    static {
        String[] words = {
            "ноль 0", "нуль 0", "один 1", "одна 1", "два 2", "две 2", "три 3", "четыре 4", "пять 5", "шесть 6",
            "семь 7", "восемь 8", "девять 9", "десять 10", "одиннадцать 11", "двенадцать 12", "тринадцать 13",
            "четырнадцать 14", "пятнадцать 15", "шестнадцать 16", "семнадцать 17", "восемнадцать 18",
            "девятнадцать 19", "двадцать 20", "тридцать 30", "сорок 40", "пятьдесят 50", "шестьдесят 60",
            "семьдесят 70", "восемьдесят 80", "девяносто 90", "сто 100", "двести 200", "триста 300",
            "четыреста 400", "пятьсот 500", "шестьсот 600", "семьсот 700", "восемьсот 800", "девятьсот 900",
        };
        WORDS = new char[words.length][];
        VALUES = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] p = words[i].split(" ");
            WORDS[i] = p[0].toCharArray();
            VALUES[i] = Integer.parseInt(p[1]);
        }
    }

    /**
     * The value of the number word {@code a[from, to)} (any case), or -1. Asked for the words around every
     * number in a comment, so it compares in place instead of building a lower-cased string.
     */
    static int value(char[] a, int from, int to) {
        int len = to - from;
        for (int i = 0; i < WORDS.length; i++) {
            char[] w = WORDS[i];
            if (w.length != len) {
                continue;
            }
            int k = 0;
            while (k < len && fold(a[from + k]) == w[k]) {
                k++;
            }
            if (k == len) {
                return VALUES[i];
            }
        }
        return -1;
    }

    private static char fold(char c) {
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }

    /**
     * The phone around the digit group at {@code at}, whose digits alone did not read as one: from the
     * number words right before it ("восемь 921…"), else from the digit ("8 911 - 5 ноль 3…"). Returns
     * {start, end}, or null. Called once per digit group and bounded by 14 digits, so the scan stays linear.
     */
    static int[] phoneAt(char[] a, int n, int at) {
        int start = at;
        for (int words = 0; words < 6; words++) {
            int k = start - 1;
            while (k >= 0 && start - k <= 3 && isSeparator(a[k])) {
                k--;
            }
            int wordEnd = k + 1;
            while (k >= 0 && wordEnd - k <= 13 && Character.isLetter(a[k])) {
                k--;
            }
            if (wordEnd == start || (k >= 0 && Character.isLetterOrDigit(a[k])) || value(a, k + 1, wordEnd) < 0) {
                break;
            }
            start = k + 1;
        }
        int end = phone(a, n, start);
        if (end == start && start < at) {
            start = at;
            end = phone(a, n, at);
        }
        return end > start && end > at ? new int[] {start, end} : null;
    }

    /**
     * A Russian mobile or city number (11 digits from 7 or 8, or 10 from 9) starting at {@code from}, written
     * with at least one number word; returns its end, or {@code from} when there is none.
     */
    static int phone(char[] a, int n, int from) {
        char[] digits = new char[16];
        int nd = 0;
        int words = 0;
        // the numeral being composed: its value, its width in digits, and how many of its last digits are
        // still open to the next token (сто: 2, девятьсот двадцать: 1)
        int group = 0;
        int width = 0;
        int open = 0;
        int end = from;
        int j = from;
        while (j < n && nd <= 13) {
            int t = j;
            if (isDigit(a[t])) {
                // letters typed for digits inside a group of digits ("восемь 9II ноль ноль…"), not masks
                while (t < n && (t == j ? isDigit(a[t]) : typedDigit(a[t]) != 0) && t - j <= 14) {
                    t++;
                }
                if (open > 0 && t - j == open) {
                    // "сто 23", "двадцать 1"
                    group += open == 2 ? (typedDigit(a[j]) - '0') * 10 + (typedDigit(a[j + 1]) - '0') : typedDigit(a[j]) - '0';
                    open = 0;
                } else {
                    nd = flush(digits, nd, group, width);
                    width = 0;
                    open = 0;
                    for (int k = j; k < t && nd < digits.length; k++) {
                        digits[nd++] = typedDigit(a[k]);
                    }
                }
            } else if (Character.isLetter(a[t])) {
                while (t < n && Character.isLetter(a[t]) && t - j <= 12) {
                    t++;
                }
                int v = value(a, j, t);
                if (v < 0 || (t < n && Character.isLetterOrDigit(a[t]))) {
                    break;
                }
                words++;
                int takes = v < 10 ? 1 : v < 100 ? 2 : 3; // digits the word fills: один, двадцать, сто
                if (takes <= open) {
                    group += v;
                    open = v >= 20 && v < 100 ? 1 : 0; // a ten leaves its unit open: девятьсот двадцать (один)
                } else {
                    nd = flush(digits, nd, group, width);
                    group = v;
                    width = takes;
                    open = v >= 100 ? 2 : v >= 20 ? 1 : 0;
                }
            } else {
                break;
            }
            if (open == 0) {
                nd = flush(digits, nd, group, width);
                width = 0;
            }
            end = t;
            // the next token: after at most three separators, on the same line
            int k = t;
            while (k < n && k - t < 3 && isSeparator(a[k])) {
                k++;
            }
            if (k == t || k >= n || !(isDigit(a[k]) || Character.isLetter(a[k]))) {
                break;
            }
            j = k;
        }
        nd = flush(digits, nd, group, width);
        if (nd > 13) {
            return from;
        }
        boolean ok = (nd == 11 && (digits[0] == '7' || digits[0] == '8')) || (nd == 10 && digits[0] == '9');
        return words > 0 && ok ? end : from;
    }

    /** Appends {@code value} as {@code width} digits (none for width 0). */
    private static int flush(char[] digits, int nd, int value, int width) {
        for (int w = width - 1; w >= 0 && nd + w < digits.length; w--) {
            digits[nd + w] = (char) ('0' + value % 10);
            value /= 10;
        }
        return Math.min(digits.length, nd + width);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u2013' || c == '\u2014' || c == '.' || c == ',' || c == '(' || c == ')'
                || c == '\u00A0';
    }
}
