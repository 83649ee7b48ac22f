package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Evasion: stretched (repeated) letters")
class EvasionStretchedLettersTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("stretched obscene words are flagged")
    @ValueSource(strings = {"хууууй", "хуууууууууууууууууууууй", "ПИИИЗДЕЦ", "пиздееец", "бляяяяять", "сууууука",
        "ебааать", "ххххуй", "нахуууй", "Какой пиииииздец"})
    void stretched(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("stretched ordinary words stay clean")
    @ValueSource(strings = {"ооочень", "дааааа", "Ураааа!", "Кооомандааа", "маааандат", "Спасибооо", "нууу", "ребяяята"})
    void stretchedOrdinaryWords(String text) {
        assertClean(text);
    }
}
