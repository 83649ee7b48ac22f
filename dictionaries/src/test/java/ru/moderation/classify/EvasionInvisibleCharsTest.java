package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Evasion: zero-width and other invisible characters inside a word")
class EvasionInvisibleCharsTest {

    @ParameterizedTest(name = "U+{0}")
    @DisplayName("an invisible char inside хуй does not hide it")
    @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD", "180E", "200E", "200F", "202E", "034F"})
    void invisibleInsideWord(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        assertFlagged("х" + c + "уй", Category.OBSCENITY);
        assertFlagged("Ну ты п" + c + "и" + c + "з" + c + "д" + c + "а", Category.OBSCENITY);
    }

    @Test
    @DisplayName("zero-width chars between every letter of пиздец")
    void zeroWidthEverywhere() {
        assertFlagged("п\u200Bи\u200Bз\u200Bд\u200Bе\u200Bц", Category.OBSCENITY);
    }

    @Test
    @DisplayName("soft hyphens inside an ordinary word keep it clean")
    void softHyphenOrdinaryWord() {
        assertClean("ман\u00ADдат");
        assertClean("ко\u00ADман\u00ADда");
    }

    @Test
    @DisplayName("the match spans the whole visible word including the invisible char")
    void spanCoversWholeWord() {
        String text = "Ну ты х\u200Bуй!";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals("х\u200Bуй", Checks.fragments(text, v, Category.OBSCENITY).get(0));
        String shy = "это пиз\u00ADдец";
        Verdict v2 = assertFlagged(shy, Category.OBSCENITY);
        assertTrue(Checks.fragments(shy, v2, Category.OBSCENITY).contains("пиз\u00ADдец"),
                () -> Checks.describe(shy, v2));
    }
}
