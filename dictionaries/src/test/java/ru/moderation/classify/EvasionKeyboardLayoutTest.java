package ru.moderation.classify;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
