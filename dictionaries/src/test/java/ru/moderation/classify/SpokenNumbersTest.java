package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Phone numbers with number words among the digits")
class SpokenNumbersTest {

    @ParameterizedTest(name = "«{0}» = {1}")
    @DisplayName("number words have their value in any case; other words have none")
    @CsvSource({"восемь,8", "НОЛЬ,0", "нуль,0", "Девятнадцать,19", "сорок,40", "девятьсот,900", "сто,100",
        "вОсЕмЬдЕсЯт,80", "восьмой,-1", "стол,-1", "да,-1", "тысяча,-1"})
    void values(String word, int value) {
        assertEquals(value, SpokenNumbers.value(word.toCharArray(), 0, word.length()));
    }

    @Test
    @DisplayName("a word is read in place, inside a longer text, up to its own end")
    void valuesInPlace() {
        char[] a = "звоните: Восемь,ДВА,сорок пятьсот".toCharArray();
        assertEquals(8, SpokenNumbers.value(a, 9, 15));
        assertEquals(2, SpokenNumbers.value(a, 16, 19));
        assertEquals(40, SpokenNumbers.value(a, 20, 25));
        assertEquals(5, SpokenNumbers.value(a, 26, 30)); // пять, the start of пятьсот
        assertEquals(500, SpokenNumbers.value(a, 26, 33));
        assertEquals(-1, SpokenNumbers.value(a, 20, 26)); // "сорок "
        assertEquals(-1, SpokenNumbers.value(a, 9, 14)); // Восем
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a phone written with words reads to its end: digits compose as Russian numerals do")
    @CsvSource(delimiter = '|', value = {
        "восемь 921 сто 23 45 67",            // 8 921 123 45 67
        "8 911 - 5 ноль 3 - 2 2 - 8 1",       // 8 911 503 22 81
        "восемь девятьсот двадцать один 123 45 67",
        "девятьсот 16 ноль 12 34 56",          // 916 012 34 56
        "семь 495 сто двадцать три 45 67",     // 7 495 123 45 67
    })
    void phones(String text) {
        assertEquals(text.length(), SpokenNumbers.phone(text.toCharArray(), text.length(), 0));
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("no phone: digits only (the digit reader's job), too few or too many digits, a wrong first digit, a date")
    @CsvSource(delimiter = '|', value = {
        "8 921 123 45 67",
        "восемь 921 сто 23 45",
        "восемь 921 сто 23 45 67 89",
        "пять 921 сто 23 45 67",
        "в 1985 году восемь 20 человек",
        "восемь921 сто 23 45 67",
    })
    void notPhones(String text) {
        assertEquals(0, SpokenNumbers.phone(text.toCharArray(), text.length(), 0));
    }

    @Test
    @DisplayName("a long run of number words and digits is read in linear time, without error")
    void longRun() {
        String text = "восемь 1 девятьсот 2 ".repeat(100_000);
        Checks.assertWellFormed(text, Checks.CLASSIFIER.classify(text));
    }
}
