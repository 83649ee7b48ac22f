package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The spam scanner's indexed word lists against the plain list scans they replaced ({@code String.regionMatches}). */
class WordListTest {
    private static final List<String> WORDS = List.of("от", "оплата", "зп", "з/п", "р ", "руб", "р.", "usd", "в день", "₽", "k_", "ſt");
    /** Letters with case quirks: Kelvin sign, long s, dotless and dotted i, ё, Greek sigmas, Cyrillic, Latin. */
    private static final String ALPHABET = "отОТплатаПЛАТАзпЗП/рРуб.usdUSDвдеьнВДЕНЬ ₽k_KKſsStTıIİiёЁσςΣ7,-";

    @Test
    void matchAtIsTheFirstListedWordThatRegionMatchesIgnoringCase() {
        WordList list = new WordList(WORDS);
        SplittableRandom r = new SplittableRandom(7);
        for (int round = 0; round < 20_000; round++) {
            String s = randomText(r);
            for (int at = 0; at <= s.length(); at++) {
                assertEquals(scanMatch(s, at), list.matchAt(s, at), () -> "'" + s + "'");
            }
        }
    }

    @Test
    void endsAtIsAnyListedWordEndingThereAfterANonAlphanumeric() {
        WordList list = new WordList(WORDS);
        SplittableRandom r = new SplittableRandom(11);
        for (int round = 0; round < 20_000; round++) {
            String s = randomText(r);
            for (int end = 0; end <= s.length(); end++) {
                assertEquals(scanEnds(s, end), list.endsAt(s, end), "'" + s + "' at " + end);
            }
        }
    }

    @Test
    void examples() {
        WordList currency = new WordList(List.of("руб", "р ", "р.", "₽"));
        assertEquals(8, currency.matchAt("5000 РУБ в день", 5));
        assertEquals(6, currency.matchAt("5000 р", 5), "a word ending in a space also ends the text");
        assertEquals(-1, currency.matchAt("5000 рыб", 5));
        WordList pay = new WordList(List.of("оплата", "зп"));
        assertTrue(pay.endsAt("Оплата 5000", 6));
        assertFalse(pay.endsAt("предоплата 5000", 10), "inside a longer word");
        assertTrue(new WordList(List.of("от")).endsAt("ОТ 5000", 2));
        assertFalse(new WordList(List.of()).endsAt("от", 2));
    }

    private static String randomText(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static int scanMatch(String s, int at) {
        if (at >= s.length()) {
            return -1;
        }
        for (String w : WORDS) {
            int len = w.length();
            if (at + len <= s.length() && s.regionMatches(true, at, w, 0, len)) {
                return at + len;
            }
            if (len >= 2 && w.charAt(len - 1) == ' ' && at + len - 1 == s.length() && s.regionMatches(true, at, w, 0, len - 1)) {
                return s.length();
            }
        }
        return -1;
    }

    private static boolean scanEnds(String s, int end) {
        for (String w : WORDS) {
            int b = end - w.length();
            if (b >= 0 && s.regionMatches(true, b, w, 0, w.length()) && (b == 0 || !Character.isLetterOrDigit(s.charAt(b - 1)))) {
                return true;
            }
        }
        return false;
    }
}
