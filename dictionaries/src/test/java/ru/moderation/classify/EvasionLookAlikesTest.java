package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Evasion: Latin and digit look-alikes inside Cyrillic words")
class EvasionLookAlikesTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("Latin and digit look-alikes are read as the Cyrillic letters they imitate")
    @ValueSource(strings = {
        "xyй",       // Latin x, y
        "xуй",       // Latin x
        "нaхyй",     // Latin a, y
        "oхуеть",    // Latin o
        "пи3дец",    // 3 → з
        "пи3да",
        "6лядь",     // 6 → б
        "e6aть",     // Latin e, 6, Latin a
        "п1зда",     // 1 → и
        "пизд@",     // @ → а at the end of a word
        "н@хуй",     // @ → а inside a word
        "ёб@ный",
        "e6anый",
        "cука",      // Latin c
        "3аебали",
        "пu3дец",    // Latin u for и
        "xуйня",
        "п|зда",     // | → и
        "xyu",       // all-Latin look-alike of хую
        "бл9дь",     // 9 → я
        "х3р",       // 3 read as a mirrored е
        "𝐡𝐮𝐲",       // mathematical bold
        "🅷🆄🆈",       // negative squared capitals
    })
    void lookAlikes(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("look-alikes inside a sentence are found")
    @ValueSource(strings = {"Ну и пи3дец у вас на дорогах", "Опять 6лядь свет отключили"})
    void inSentence(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("Latin words, numbers and codes that look like roots stay clean")
    @ValueSource(strings = {"ebay", "eBook", "Hyundai", "Xiaomi", "Ноутбук Huawei", "Квартира 6, этаж 3", "A6", "ул. Ленина, 3а",
        "Маршрут 36а", "Мандат 3-го созыва", "Квартира 9д", "3дравствуйте", "Дом 36, корпус 1а",
        "Зарплата 36тыр в месяц", "3Быть или не быть"})
    void cleanLatinAndDigits(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("an ordinary word with Latin look-alike letters is that word, not a root read by sound (c as ц, p as п)")
    @ValueSource(strings = {"Хватит оcкорблять людей", "Вы зactpaxyйte машину", "Не псuхуй так", "Нельзя употpеблять алкоголь"})
    void ordinaryWordsWithLookAlikes(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a listed word read by sound still wins over an ordinary shape reading: uроды is уроды, not ироды")
    @ValueSource(strings = {"uроды", "Вы там все uроды"})
    void listedSoundReadingWins(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("π for «пи»: 3,14 or 3.14 (more digits allowed) glued to the rest of the word")
    @ValueSource(strings = {"3,14здабол ты, Стас", "3.14здец с отоплением", "Опять 3,14ЗДЁЖ про ремонт", "3,1415здец"})
    void piForPi(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("π before a unit or inside a longer number stays clean")
    @ValueSource(strings = {"Длина трубы 3,14м", "Цена 3.14р за штуку", "Версия 2.3,14здание", "Площадь 13,14га"})
    void piInNumbersStaysClean(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 54 — a word whose digit reads as a second letter takes part in phrases as that word (ты п3тух); a pet rooster stays clean")
    @CsvSource(delimiter = '|', value = {
        "ты п3тух, Лёха, и все это знают|true",
        "у бабушки п3тух орёт с пяти утра|false",
    })
    void reviewFiftyFourDigitWordInPhrase(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: session 35 — Armenian letters shaped like Latin ones (хսйня, ոиздец)")
    @CsvSource(delimiter = '|', value = {
        "хսйня этот новый светофор|true",
        "ոиздец какой-то у вас с автобусами|true"
    })
    void armenianLookAlikes(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: session 36 — the Russian letters with the marks other peoples of Russia add (ӯ), Macedonian ѕ, Abkhaz ӽ")
    @CsvSource(delimiter = '|', value = {
        "сӯка, опять пароль забыла от госуслуг|true",
        "ѕука, телефон в Волгу уронил|true",
        "ӽуёвая идея ставить лежачий прямо перед светофором|true"
    })
    void otherPeoplesLetters(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }
}
