package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

@DisplayName("Evasion: masking characters inside a word, resolved against the lexicon")
class EvasionMasksTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("masked obscene words are resolved against the lexicon")
    @ValueSource(strings = {
        "х*й", "бл*ть", "бл@дь", "п!зда", "ху*ня", "п*здец", "пи*дец", "п**да", "п***ц", "х#й", "бл**ь", "ху%ня",
        "Ну ты х*й!", "Какого х*я", "Да пошли вы на х*й", "еб*ть", "п$зда", "ох**ли совсем с тарифами", "о***ли"
    })
    void masked(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("masks are not blanket wildcards: masked ordinary words, arithmetic and emphasis stay clean")
    @ValueSource(strings = {
        "спас*бо", "пр*вет", "***", "2*2=4", "Это *очень* важно", "Площадь 5*3 м", "м*ма", "Ул. Л*нина",
        "Звёздочка * в конце", "e-mail: ivanov@", "# важно", "!!!", "Срочно!!! Вода отключена!!!",
    })
    void maskedOrdinaryWordsStayClean(String text) {
        assertClean(text);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "«{0}»")
    @org.junit.jupiter.api.DisplayName("an ellipsis inside a word hides letters, at most one per dot; a pause between words does not")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Х..ня какая-то|true", "П...дец полный|true", "б...ь опять|true", "х..ло|true",
        "Да зае..ли уже с этими тарифами|true", "Дорогу раздолбали, пи....ц просто|true", "пиз..болы одни|true",
        "Все они там бл...ди продажные|true", "Заеб..ли уже со своими субботниками|true",
        "ну...да|false", "Ага...ну ладно|false", "Я...ну не знаю|false", "т.д... и т.п.|false",
        "ну да...а утром они все куда-то исчезают|false", "ну...и ладно|false", "Спасибо...ждём|false",
        "см. прим.изд. на с. 5|false", "Ш.У.Е. - это аббревиатура|false", "т.е. никто не приехал|false"})
    void ellipsisAsMask(String text, boolean obscene) {
        Checks.assertFlaggedIf(obscene, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("one dot inside a word hides a letter of a listed мат form; a missing space after a full stop does not")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Цены в Магните ох.ели совсем|true", "вы там ох.ели все?|true", "Кудрявцев долбо..б, ничего не может|true",
        "Так было всегда.Раньше было по другому|false", "Проверили информацию.Ранее предоставляли ответ|false",
        "см. прим.изд. на с. 5|false", "Зашёл на сайт.Ничего не понял|false", "г.Орёл, ул.Мира, д.5|false",
        "Привет.как дела|false", "Ладно..пошли домой|false", "команда..завтра играем|false"})
    void oneDotAsMask(String text, boolean obscene) {
        Checks.assertFlaggedIf(obscene, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("one underscore, or one dot before a small letter, hides a letter between two pieces; initials, abbreviations and words joined by underscores stay clean")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "да х_й с ним|true", "это просто п_зда|true", "ну ты б_ядь конечно|true", "да пи_деть с ним|true",
        "за_бал уже со своими тарифами|true", "Иди на_уй|true", "да х.й с ним|true", "это просто су.а|true",
        "Мой х.й|true", "пиз.а полная с этими дорогами|true",
        "как_бы|false", "не_знаю что сказать|false", "snake_case_name|false", "Б.Я. Иванов вручил грамоты|false",
        "т.е. никто не приехал|false", "в 5 ч.у нас|false", "х_у_й|true", "н_е_б_о|false"})
    void oneUnderscoreOrDotAsMask(String text, boolean obscene) {
        Checks.assertFlaggedIf(obscene, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a masked word has every category the word has unmasked")
    @ValueSource(strings = {"Администрация сборище ху*сосов", "Вы там все му**ки в администрации", "х*есосы одни"})
    void maskedWordKeepsAllItsCategories(String text) {
        assertFlagged(text, Category.OBSCENITY);
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("masks in a derived word or around it: several masks, markdown stars")
    @ValueSource(strings = {"нае**ли с перерасчётом", "зае**ли уже эти ямы", "**Иди нахуй**", "**Тип доебался**"})
    void masksAroundAndInsideDerivedWords(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a masked word takes part in phrases as the word behind the masks")
    @ValueSource(strings = {"Иди нах*й со своими советами", "пошёл на х*й, тролль", "ЗАЛ*ПА ты, а не председатель"})
    void maskedWordInPhrases(String text) {
        assertFlagged(text, Category.OBSCENITY);
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("markdown stars before a two-letter word hide no word (not ваты, говну, пыне)")
    @ValueSource(strings = {"**Ты че**", "**Ну и все**", "**Не работает**"})
    void starsBeforeShortWords(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("the term of a word in markdown stars is the word; masks a root reading leaves unfilled show as masks")
    @CsvSource(delimiter = '|', value = {"**Хуйню несут**|хуйню", "Иди нахуй**|нахуй", "нае**ли с перерасчётом|наеб*ли"})
    void termsOfStarredWords(String text, String term) {
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals(List.of(term), v.matches().stream().map(Match::term).toList(), text);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: reviews 61-64 — an emoji standing for a hidden letter (пи🤬дец, го💩но), ë for ё, € for е; an emoji between two halves of a clean word, «всë» and a price in euros stay clean")
    @CsvSource(delimiter = '|', value = {
        "пи🤬дец какой-то с этими дорогами|true",
        "го💩но, а не ремонт|true",
        "ëбаный автобус опять опоздал|true",
        "будет оху€нно, если починят|true",
        "Скейт🛹парк открыли, дети в восторге|false",
        "Всë хорошо, спасибо|false",
        "билет стоит 100€ туда и обратно|false",
    })
    void reviewsSixtyOneToSixtyFourMasks(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: session 35 — a hash before what is no word hides a first letter (#уйня), hashtags of words stay clean; ₽ for р; a word cut to its first letter after its preposition (на х..)")
    @CsvSource(delimiter = '|', value = {
        "ну кто так строит, #уйня полная|true",
        "#бабка #бабло #уйти #ужас #новости|false",
        "кто нас₽ал в лифте на Гагарина 10?|true",
        "на х.. такие реформы нужны|true",
        "ни х.. не понятно в этом постановлении|true"
    })
    void hashAndRoubleMasks(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }
}
