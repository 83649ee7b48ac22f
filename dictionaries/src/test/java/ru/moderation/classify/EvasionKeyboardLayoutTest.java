package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.moderation.text.KeyboardLayout;

/** Words typed with the English keyboard layout on: the evasion, and the typo it imitates. */
class EvasionKeyboardLayoutTest {

    @ParameterizedTest(name = "«{0}» → {1} {2}")
    @DisplayName("session 35 — a word typed with the English layout on reads as the Russian word on those keys (gbpltw, yf[eq, lt,bk); English words, acronyms and a comma after a word do not")
    @CsvSource(delimiter = '|', value = {
        "ну gbpltw, автобус опять мимо проехал|OBSCENITY|true",
        "@Костя blb yf[eq|OBSCENITY|true",
        "мне уже gj[eq честно, пусть делают что хотят|OBSCENITY|true",
        "ты lt,bk? переключи раскладку|INSULT|true",
        "Mines, Lucky Jet, Aviator — играем вечером|OBSCENITY|false",
        "живет ещё по старому времени, +2 часа к CET, а не +3|OBSCENITY|false",
        "Тип загрузки выбран UFI, так как стоит SSD с GPT|SPAM|false",
        "hello world, this is a test|OBSCENITY|false"
    })
    void wrongLayout(String text, Category category, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, category);
    }

    @Test
    @DisplayName("the one-compare Latin letter test agrees with the plain ranges on every char")
    void latinLetterOnEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            assertEquals(plain, KeyboardLayout.latinLetter(ch), () -> "U+" + Integer.toHexString(ch));
        }
    }

    @Test
    @DisplayName("a layout word is found wherever it stands: after Cyrillic text, punctuation, a digit run, or a Latin word")
    void layoutWordAfterOtherText() {
        Checks.assertFlaggedIf(true, "длинный текст по-русски без латиницы, а потом gbpltw", Category.OBSCENITY);
        Checks.assertFlaggedIf(true, "hello, gbpltw", Category.OBSCENITY);
        Checks.assertFlaggedIf(true, "2024: gbpltw", Category.OBSCENITY);
        Checks.assertFlaggedIf(false, "словоgbpltw", Category.OBSCENITY);
    }
}
