package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Evasion: single letters split by spaces, dots, dashes, underscores")
class EvasionSeparatedLettersTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("runs of single letters are glued back into a word")
    @ValueSource(strings = {
        "х у й", "х.у.й", "х-у-й", "х_у_й", "б.л.я.т.ь", "п_и_з_д_е_ц", "п и з д е ц", "н а х у й",
        "Х У Й", "х. у. й", "б л я д ь", "с у к а", "Да пошёл ты н а х у й", "пи.з.да", "х у е с о с",
        // pieces of three or four letters glue when they spell a listed form exactly
        "пиз.дец полный", "пи-з-дец", "пи.з.дец", "ху-ли надо", "бля.дь",
        // mask characters used as separators between single letters
        "х+у+й", "б|л|я|д|ь", "п+и+з+д+а",
        // a one-letter word before the letters is not part of them
        "найду и у.е.бу, клянусь", "им всё в х у й", "а я б л я д ь",
    })
    void glued(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("ordinary words and abbreviations are never glued")
    @ValueSource(strings = {
        "о х уехал",
        "в т.ч. у нас",
        "Он ох уехал в отпуск",
        "и т.д. и т.п.",
        "А. С. Пушкин",
        "г. Тюмень, ул. Ленина, д. 5, кв. 12",
        "т.е. у нас опять нет воды",
        "Я и ты, мы и вы",
        "С 9 до 18, обед с 13 до 14",
        "Ф.И.О. заявителя",
        "х у ж е",
        "а у нас в квартире газ",
        "в/ч, т.к. у всех ремонт",
        "кто-то пришёл, по-моему, из-за него", "г.Москва, ул.Мира, д.5", "т.е. нет", "что-нибудь да будет",
        "С+Т+О", "Д+Р+У+Г", "a+b+c",
    })
    void ordinaryWordsNotGlued(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("spaced letters that spell an ordinary word are that word, also beside a one-letter word")
    @ValueSource(strings = {
        "о с к о р б л я т ь", "с т р а х у й т е", "ненавижу с е б я с ним", "з а с т р а х у й т е с ним",
        "у. п. о. т. р. е. б. л. я. т. ь",
    })
    void spacedOrdinaryWords(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("spaced мат before a one-letter word is still мат")
    @ValueSource(strings = {"х у й с ним", "да н а х у й и всё", "с у к а в администрации"})
    void spacedMatBeforeOneLetterWord(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("a word spelled out to its last letter is the whole word, even when its stem is a word too (сук, суки)")
    @CsvSource(delimiter = '|', value = {
        "С у к а, где дворник?|С у к а",
        "Депутаты — с у к и.|с у к и",
        "ж.о.п.а с отоплением|ж.о.п.а",
    })
    void wholeSpelledWordIsMatched(String text, String fragment) {
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals(List.of(fragment), Checks.fragments(text, v, Category.OBSCENITY));
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: review 54 — hidden letters behind dots end the word before a one-letter word (п...ц в поликлинику, п...ц в кассу); a pause before a preposition stays clean")
    @CsvSource(delimiter = '|', value = {
        "п...ц в поликлинику, запись на месяц|true",
        "п...ц в кассу очередь до обеда|true",
        "Ага...ну в поликлинику тогда схожу|false",
        "Да...в пятницу приём|false",
    })
    void reviewFiftyFourDotsBeforeOneLetterWord(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: session 35 — letters glued back into a word take part in phrases and proximity rules as that word (ты к л о у н, ов🐑ца)")
    @CsvSource(delimiter = '|', value = {
        "ты к л о у н|true",
        "к л о у н ты, а не депутат|true",
        "Лиза, ты ов🐑ца, опять всех в чате подставила|true"
    })
    void gluedWordsTakePartInPhrases(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }
}
