package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Bad input: never an exception, sane verdicts, offsets within bounds")
class BadInputTest {

    @Test
    @DisplayName("null returns a clean verdict")
    void nullText() {
        Verdict v = assertDoesNotThrow(() -> Checks.CLASSIFIER.classify(null));
        Checks.assertWellFormed("", v);
        assertTrue(v.isClean());
        assertTrue(v.categories().isEmpty());
    }

    @Test
    @DisplayName("the empty string returns a clean verdict with the dictionary version")
    void empty() {
        Verdict v = assertClean("");
        assertEquals(Checks.CLASSIFIER.dictionaryVersion(), v.dictionaryVersion());
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("whitespace, control chars and lone marks only are clean")
    @ValueSource(strings = {" ", "     ", "\t\n\r", "\u0000", "\u0001\u0002\u0007\u001B", "\u202E", "\u0306", "\u00A0\u2003",
        "\u200B\u200B\u200B", "\uFEFF", "\uD800", "\uDC00", "\uDFFF\uD800", "😀", "👍🏻", "🇷🇺", "\u0085\u2028\u2029"})
    void degenerate(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("lone surrogates around or next to a word do not hide it")
    @ValueSource(strings = {"\uD800abc хуй", "хуй\uD800", "\uD800хуй", "\uDC00 хуй \uDBFF", "хуй \uDC00\uDC00"})
    void loneSurrogates(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @Test
    @DisplayName("lone surrogates in ordinary text: no exception, clean")
    void loneSurrogateClean() {
        assertClean("\uD800abc");
        assertClean("мандат\uDC00 команда\uD800");
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("control chars around a word do not hide it")
    @ValueSource(strings = {"\u0000хуй", "хуй\u0007", "\u001Bпиздец\u001B", "\tблядь\r\n"})
    void controlChars(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("right-to-left and other bidi controls do not hide a word")
    @ValueSource(strings = {"\u202Eхуй\u202C", "х\u202Eуй", "\u2067пиздец\u2069", "\u200Fблядь"})
    void bidiControls(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @Test
    @DisplayName("combining breve: х + у + и + U+0306 reads as хуй")
    void combiningBreve() {
        assertFlagged("х" + "у" + "и\u0306", Category.OBSCENITY);
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("stress marks (U+0301) inside words change nothing")
    @ValueSource(strings = {"бля\u0301дь", "пи\u0301здец"})
    void stressMarkObscene(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("stress marks inside ordinary words keep them clean")
    @ValueSource(strings = {"манда\u0301т", "за\u0301мок", "кома\u0301нда"})
    void stressMarkClean(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("emoji next to and around words")
    @ValueSource(strings = {"🤬 хуй 🤬", "хуй😀", "😀пиздец😀", "👉🏻 блядь"})
    void emojiAroundObscene(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("emoji in ordinary text stay clean")
    @ValueSource(strings = {"Спасибо 👍🏻", "Когда уберут снег? 😡😡😡", "❤️ наш город ❤️", "👨‍👩‍👧 семья"})
    void emojiClean(String text) {
        assertClean(text);
    }

    @Test
    @DisplayName("a 10 MB clean text is clean")
    void tenMegabytesClean() {
        String text = repeat("Администрация опять ничего не сделала с дорогами. ", 10_000_000);
        assertClean(text);
    }

    @Test
    @DisplayName("a 10 MB text with one obscene word at the very end: found, offsets at the end")
    void tenMegabytesWithWordAtEnd() {
        String base = repeat("Когда уберут снег во дворе на Ленина? ", 10_000_000);
        String text = base + "пиздец";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        Match last = v.matches().get(v.matches().size() - 1);
        assertEquals(base.length(), last.start());
        assertEquals(text.length(), last.end());
    }

    @Test
    @DisplayName("a 10 MB single 'word' without separators: no exception, clean")
    void tenMegabytesOneWord() {
        assertClean(repeat("абв", 10_000_000));
    }

    @Test
    @DisplayName("a line of 1,000,000 asterisks is clean")
    void millionAsterisks() {
        assertClean("*".repeat(1_000_000));
    }

    @Test
    @DisplayName("1,000,000 asterisks with an obscene word in the middle: found")
    void asterisksAroundWord() {
        String text = "*".repeat(500_000) + " хуй " + "*".repeat(500_000);
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals("хуй", v.matches().get(0).fragment(text));
    }

    @Test
    @DisplayName("100,000 single letters separated by spaces (clean letters): clean")
    void hundredThousandSingleLettersClean() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 2 == 0 ? 'а' : 'о').append(' ');
        }
        assertClean(sb.toString());
    }

    @Test
    @DisplayName("100,000 single letters spelling х у й again and again: OBSCENITY, offsets in bounds")
    void hundredThousandSingleLettersObscene() {
        StringBuilder sb = new StringBuilder();
        String w = "хуй";
        for (int i = 0; i < 100_000; i++) {
            sb.append(w.charAt(i % 3)).append(' ');
        }
        assertFlagged(sb.toString(), Category.OBSCENITY);
    }

    @Test
    @DisplayName("100,000 random single Cyrillic letters separated by spaces: a well-formed verdict")
    void hundredThousandRandomLetters() {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append((char) ('а' + r.nextInt(32))).append(r.nextBoolean() ? ' ' : '.');
        }
        Checks.classify(sb.toString());
    }

    @Test
    @DisplayName("100,000 single Latin letters and dots separated by spaces (a link typed apart, over and over): a well-formed verdict")
    void hundredThousandSpacedLinkChars() {
        StringBuilder sb = new StringBuilder();
        String w = "zaim.ru";
        for (int i = 0; i < 100_000; i++) {
            sb.append(w.charAt(i % w.length())).append(' ');
        }
        Checks.classify(sb.toString());
    }

    @Test
    @DisplayName("100,000 dots are clean")
    void hundredThousandDots() {
        assertClean(".".repeat(100_000));
    }

    @Test
    @DisplayName("a short chain of repeated prefixes before a root: попопопо…хуй is obscene")
    void repeatedPrefixesShort() {
        assertFlagged("по".repeat(10) + "хуй", Category.OBSCENITY);
    }

    @Test
    @DisplayName("a very long chain of repeated prefixes (100,000 chars): no exception, offsets in bounds")
    void repeatedPrefixesLong() {
        Checks.classify("по".repeat(50_000) + "хуй");
        Checks.classify("пере".repeat(25_000) + "ебать");
        Checks.classify("на".repeat(50_000));
    }

    @Test
    @DisplayName("one very long stretched letter: no exception, clean")
    void longStretch() {
        assertClean("а".repeat(1_000_000));
    }

    @Test
    @DisplayName("a long run of masks and letters alternating: well-formed verdict")
    void masksAndLetters() {
        Checks.classify("х*".repeat(200_000));
        Checks.classify("@!#$%^&".repeat(100_000));
    }

    @Test
    @DisplayName("many obscene words (1 MB): flagged, every match in bounds and sorted (the evidence may be capped)")
    void manyMatches() {
        String text = "хуй ".repeat(250_000);
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals(0, v.matches().get(0).start());
        assertEquals(3, v.matches().get(0).end());
        assertTrue(v.matches().size() <= 250_000);
    }

    @Test
    @DisplayName("a random mess of every char class: well-formed verdict")
    void randomChars() {
        Random r = new Random(7);
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5_000; i++) {
                sb.append((char) r.nextInt(0x10000));
            }
            Checks.classify(sb.toString());
        }
    }

    /** Repeats {@code unit} until the text is at least {@code chars} chars long. */
    private static String repeat(String unit, int chars) {
        return unit.repeat(chars / unit.length() + 1);
    }
}
