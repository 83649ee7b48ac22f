package ru.moderation.classify;

/**
 * Quotation marks around a match. Counter-speech names the word it condemns («слово "чурка" —
 * оскорбление», «кто пишет "понаехали" — позор»), so a rule marked {@code quoted=mention} does not count
 * inside quotes. Work is bounded per match: the marks are looked for at most {@link #MAX_SPAN} chars away.
 */
final class Quotes {
    /** A quote longer than this is a quoted post, or a stray mark far away; its words count as used. */
    static final int MAX_SPAN = 160;

    private Quotes() {}

    /** {@code s[start, end)} lies between an opening mark and the closing mark that pairs with it. */
    static boolean around(String s, int start, int end) {
        int open = -1;
        for (int i = start - 1; i >= 0 && start - i <= MAX_SPAN; i--) {
            if (isMark(s.charAt(i))) {
                open = i;
                break;
            }
        }
        if (open < 0 || !opens(s, open)) {
            return false;
        }
        for (int j = end; j < s.length() && j - open <= MAX_SPAN; j++) {
            char c = s.charAt(j);
            if (isMark(c)) {
                return pairs(s.charAt(open), c) && closes(s, j);
            }
        }
        return false;
    }

    static boolean isMark(char c) {
        return c == '"' || c == '«' || c == '»' || c == '„' || c == '“' || c == '”';
    }

    /** A straight or curly mark opens before a word, not after one (the mark after «нет» in {@code "нет" и} closes). */
    private static boolean opens(String s, int i) {
        char c = s.charAt(i);
        if (c == '»' || c == '”') {
            return false;
        }
        return (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
    }

    private static boolean closes(String s, int j) {
        char c = s.charAt(j);
        if (c == '«' || c == '„') {
            return false;
        }
        return j > 0 && !Character.isWhitespace(s.charAt(j - 1))
                && (j + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(j + 1)));
    }

    private static boolean pairs(char open, char close) {
        return switch (open) {
            case '«' -> close == '»';
            case '„' -> close == '“' || close == '”';
            case '“' -> close == '”';
            default -> close == '"';
        };
    }
}
