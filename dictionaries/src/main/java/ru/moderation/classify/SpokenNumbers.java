package ru.moderation.classify;

import java.util.Arrays;

/**
 * Phone numbers spelled partly or wholly in Russian number words, the way adverts hide them from
 * filters: "восемь 921 сто 23 45 67", "8 911 - 5 ноль 3 - 2 2 - 8 1", "восемь девятьсот двадцать один…".
 * Number words compose as Russian numerals do (девятьсот двадцать один is 921, сто 23 is 123); digit
 * groups are taken as written. One left-to-right pass over at most 14 digits' worth of tokens.
 */
final class SpokenNumbers {
    private SpokenNumbers() {}

    private static final String[] WORDS = {
        "ноль", "нуль", "один", "одна", "два", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
        "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
        "семнадцать", "восемнадцать", "девятнадцать",
        "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто",
        "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот",
    };
    private static final int[] VALUES = {
        0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9,
        10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
        20, 30, 40, 50, 60, 70, 80, 90,
        100, 200, 300, 400, 500, 600, 700, 800, 900,
    };
    /** Hashes of {@link #WORDS}, sorted, and the word each stands for: a word is looked up without allocating. */
    private static final long[] KEYS;

    static {
        KEYS = new long[WORDS.length];
        for (int w = 0; w < WORDS.length; w++) {
            char[] c = WORDS[w].toCharArray();
            KEYS[w] = (long) hash(c, 0, c.length) << 8 | w;
        }
        Arrays.sort(KEYS);
    }

    private static final int NONE = 0;
    private static final int UNIT = 1;
    private static final int TENS = 2;
    private static final int HUNDREDS = 3;

    private static int hash(char[] a, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = Character.toLowerCase(a[k]);
            h = 31 * h + (c == 'ё' ? 'е' : c);
        }
        return h;
    }

    /** The value of the number word {@code a[from, to)} (any case), or -1. */
    static int value(char[] a, int from, int to) {
        int len = to - from;
        if (len < 3 || len > 12) {
            return -1;
        }
        long h = (long) hash(a, from, to) << 8;
        int at = Arrays.binarySearch(KEYS, h);
        at = at >= 0 ? at : -at - 1;
        for (; at < KEYS.length && (KEYS[at] & ~0xFFL) == h; at++) {
            int w = (int) (KEYS[at] & 0xFF);
            String word = WORDS[w];
            if (word.length() == len && sameIgnoringCase(a, from, word)) {
                return VALUES[w];
            }
        }
        return -1;
    }

    private static boolean sameIgnoringCase(char[] a, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = Character.toLowerCase(a[from + k]);
            if ((c == 'ё' ? 'е' : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Russian mobile or city number (11 digits from 7 or 8, or 10 from 9) starting at {@code from}, written
     * with at least one number word; returns its end, or {@code from} when there is none.
     */
    static int phone(char[] a, int n, int from) {
        char[] digits = new char[16];
        int nd = 0;
        int words = 0;
        int kind = NONE;
        int group = 0;
        int end = from;
        int j = from;
        while (j < n) {
            int t = j;
            if (isDigit(a[t])) {
                while (t < n && isDigit(a[t]) && t - j <= 14) {
                    t++;
                }
                int len = t - j;
                if (kind == HUNDREDS && group % 100 == 0 && len == 2) {
                    group += (a[j] - '0') * 10 + (a[j + 1] - '0'); // "сто 23"
                    nd = flush(digits, nd, group, 3);
                } else if (kind == TENS && group < 100 && len == 1) {
                    nd = flush(digits, nd, group + (a[j] - '0'), 2); // "двадцать 1"
                } else {
                    nd = flush(digits, nd, group, width(kind, group));
                    for (int k = j; k < t && nd < digits.length; k++) {
                        digits[nd++] = a[k];
                    }
                }
                kind = NONE;
                group = 0;
            } else if (Character.isLetter(a[t])) {
                while (t < n && Character.isLetter(a[t]) && t - j <= 12) {
                    t++;
                }
                int v = value(a, j, t);
                if (v < 0 || (t < n && Character.isLetterOrDigit(a[t]))) {
                    break;
                }
                words++;
                if (v < 10 && (kind == TENS || (kind == HUNDREDS && group % 10 == 0))) {
                    nd = flush(digits, nd, group + v, kind == TENS && group < 100 ? 2 : 3);
                    kind = NONE;
                    group = 0;
                } else if (v >= 10 && v < 100 && kind == HUNDREDS && group % 100 == 0) {
                    group += v;
                    if (v < 20 || v % 10 != 0) {
                        nd = flush(digits, nd, group, 3);
                        kind = NONE;
                        group = 0;
                    }
                } else {
                    nd = flush(digits, nd, group, width(kind, group));
                    group = v;
                    kind = v < 10 ? UNIT : v < 100 ? (v < 20 ? UNIT : TENS) : HUNDREDS;
                    if (v >= 10 && v < 20) {
                        nd = flush(digits, nd, group, 2); // a teen ends its group
                        kind = NONE;
                        group = 0;
                    }
                }
            } else {
                break;
            }
            end = t;
            if (nd > 13) {
                return from;
            }
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
        nd = flush(digits, nd, group, width(kind, group));
        boolean ok = (nd == 11 && (digits[0] == '7' || digits[0] == '8')) || (nd == 10 && digits[0] == '9');
        return words > 0 && ok ? end : from;
    }

    private static int width(int kind, int group) {
        return switch (kind) {
            case UNIT -> group < 10 ? 1 : 2;
            case TENS -> group < 100 ? 2 : 3;
            case HUNDREDS -> 3;
            default -> 0;
        };
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
        return c == ' ' || c == '-' || c == '.' || c == ',' || c == '(' || c == ')' || c == '\u00A0';
    }
}
