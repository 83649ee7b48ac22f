package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Evasion: transliteration into Latin")
class EvasionTransliterationTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("transliterated мат is flagged")
    @ValueSource(strings = {"blyat", "blyad", "bliat", "bliad", "nahuy", "nahui", "pizdec", "pizdets", "suka", "huy", "xuy", "ebat",
        "BLYAT", "Nu ty suka", "pizda", "mudak", "pidor"})
    void transliterated(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("English and transliterated ordinary words stay clean")
    @ValueSource(strings = {"pizza", "mandate", "command", "debate", "sabre", "Hello, how are you", "ebay",
        "Spasibo za dorogi", "Sukhoi Superjet", "Ruble exchange rate", "Schuhe", "huge", "Hugo Boss", "sosiska", "ВЕБ РИЭЛТИ"})
    void cleanLatin(String text) {
        assertClean(text);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "«{0}»")
    @org.junit.jupiter.api.DisplayName("Latin letters typed by sound inside a Cyrillic word")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"blyaть", "pиздец", "Hуйня", "suкa", "pohуй"})
    void latinRunsInsideCyrillicWords(String text) {
        Checks.assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1} {2}")
    @DisplayName("session 35 — a word typed in Latin by sound takes part in phrases (ty tupaya ovca, pishi v ls) and gets its dropped soft sign back (mraz, tvar); a Latin single letter is no х (h770)")
    @CsvSource(delimiter = '|', value = {
        "ty tupaya ovca, Katya, vse perepytala|INSULT|true",
        "ty mraz|INSULT|true",
        "tvar|INSULT|true",
        "rabota na domu ot 5000 v den pishi v ls|SPAM|true",
        "вы цена на h770 видели?|OBSCENITY|false"
    })
    void transliteratedWordsInPhrases(String text, Category category, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, category);
    }
}
