package ru.moderation.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A short list of words compared case-insensitively at a position of a text, with the same notion of
 * case as {@link String#regionMatches(boolean, int, String, int, int)}. The money and handle scanners
 * ask at every number and every Latin word what stands right before or after it; the words are indexed
 * by their first and their last char, so a position where none can start or end costs one look-up
 * instead of a case-insensitive comparison per word.
 */
final class WordList {
    private final char[][] words;
    private final CharIndex byFirst;
    private final CharIndex byLast;

    WordList(List<String> list) {
        words = new char[list.size()][];
        for (int i = 0; i < words.length; i++) {
            char[] w = list.get(i).toCharArray();
            if (w.length == 0) {
                throw new IllegalArgumentException("empty word in a list");
            }
            for (int k = 0; k < w.length; k++) {
                w[k] = fold(w[k]);
            }
            words[i] = w;
        }
        byFirst = new CharIndex(words, true);
        byLast = new CharIndex(words, false);
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    /**
     * End of the first word (in list order) written at {@code at}, or -1. A word ending in a space also
     * matches at the very end of the text ("р " in "5000 р").
     */
    int matchAt(String s, int at) {
        int n = s.length();
        if (at >= n) {
            return -1;
        }
        int[] candidates = byFirst.get(fold(s.charAt(at)));
        if (candidates == null) {
            return -1;
        }
        for (int i : candidates) {
            char[] w = words[i];
            int len = w.length;
            if (at + len <= n && equalsAt(s, at, w, len)) {
                return at + len;
            }
            if (len >= 2 && w[len - 1] == ' ' && at + len - 1 == n && equalsAt(s, at, w, len - 1)) {
                return n;
            }
        }
        return -1;
    }

    /** One of the words ends at {@code end} and starts a word: nothing alphanumeric stands right before it. */
    boolean endsAt(String s, int end) {
        if (end <= 0 || end > s.length()) {
            return false;
        }
        int[] candidates = byLast.get(fold(s.charAt(end - 1)));
        if (candidates == null) {
            return false;
        }
        for (int i : candidates) {
            if (endsWord(s, end, words[i])) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} (folded) ends at {@code end} and starts a word. */
    private static boolean endsWord(String s, int end, char[] word) {
        int b = end - word.length;
        return b >= 0 && end <= s.length() && equalsAt(s, b, word, word.length)
                && (b == 0 || !Character.isLetterOrDigit(s.charAt(b - 1)));
    }

    private static boolean equalsAt(String s, int at, char[] w, int len) {
        for (int k = 0; k < len; k++) {
            if (fold(s.charAt(at + k)) != w[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The char both cases of a letter map to. Two chars are equal ignoring case for {@code regionMatches}
     * exactly when their folds are equal; ASCII and the Russian alphabet take the short way.
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 'А' && c <= 'Я') {
            return (char) (c + 32);
        }
        if (c >= 'а' && c <= 'я') {
            return c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Word indices by one of their chars, in list order; open addressing over a table a few times larger than the keys. */
    private static final class CharIndex {
        private final char[] keys;
        private final int[][] values;
        private final int shift;

        CharIndex(char[][] words, boolean first) {
            List<Character> distinct = new ArrayList<>();
            List<List<Integer>> lists = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                char c = first ? words[i][0] : words[i][words[i].length - 1];
                int at = distinct.indexOf(c);
                if (at < 0) {
                    at = distinct.size();
                    distinct.add(c);
                    lists.add(new ArrayList<>());
                }
                lists.get(at).add(i);
            }
            int bits = 4;
            while ((1 << bits) < 4 * distinct.size()) {
                bits++;
            }
            shift = 32 - bits;
            keys = new char[1 << bits];
            values = new int[1 << bits][];
            for (int d = 0; d < distinct.size(); d++) {
                char c = distinct.get(d);
                int h = slot(c);
                while (values[h] != null) {
                    h = (h + 1) & (keys.length - 1);
                }
                keys[h] = c;
                values[h] = lists.get(d).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        private int slot(char c) {
            return (c * 0x9E3779B1) >>> shift;
        }

        int[] get(char c) {
            int h = slot(c);
            int[] v;
            while ((v = values[h]) != null) {
                if (keys[h] == c) {
                    return v;
                }
                h = (h + 1) & (keys.length - 1);
            }
            return null;
        }
    }
}
