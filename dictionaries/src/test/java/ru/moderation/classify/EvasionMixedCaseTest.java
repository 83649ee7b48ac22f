package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Evasion: mixed case")
class EvasionMixedCaseTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("obscene words in any case are flagged")
    @ValueSource(strings = {"ХуЙ", "ПиЗдЕц", "БЛЯДЬ", "ЕбАтЬ", "НАХУЙ", "Сука", "хУйНя", "ДоЛбОёБ", "XyЙ", "ЗАЕБАЛИ"})
    void mixedCase(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("ordinary words in any case stay clean")
    @ValueSource(strings = {"МАНДАТ", "КоМаНдА", "ЗАСТРАХУЙТЕ", "ОсКоРбЛяТь", "РУБЛЯ", "ДЕБАТЫ"})
    void mixedCaseTraps(String text) {
        assertClean(text);
    }
}
