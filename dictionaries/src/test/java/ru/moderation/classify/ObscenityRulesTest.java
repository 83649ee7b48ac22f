package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("OBSCENITY: мат roots, prefixed derivations, compounds, inflected forms")
class ObscenityRulesTest {

    @ParameterizedTest(name = "base word «{0}»")
    @DisplayName("the base words of every obscene root are flagged")
    @ValueSource(strings = {
        "хуй", "пизда", "пиздец", "блядь", "бля", "ебать", "мудак", "манда", "пидор", "пидорас",
        "залупа", "гондон", "сука", "сцуко опять свет вырубили", "сцука", "хуйня", "хуйло", "блядство", "ёбаный", "ебаный", "мудила"
    })
    void baseWords(String word) {
        assertFlagged(word, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "{0}- → «{1}»")
    @DisplayName("derivations with verbal prefixes are flagged")
    @CsvSource({
        "вы, выебать",
        "вы, выебываться",
        "вы, выблядок",
        "за, заебал",
        "за, заебись",
        "за, захуярить",
        "за, запиздеть",
        "на, наебать",
        "на, нахуй",
        "на, напиздел",
        "от, отъебись",
        "от, отпиздить",
        "от, отхуярить",
        "по, поебать",
        "по, похуй",
        "по, попиздеть",
        "под, подъебка",
        "под, подъебнуть",
        "раз, разъебать",
        "рас, распиздяй",
        "рас, расхуярить",
        "с, спиздить",
        "съ, съебаться",
        "съ, съебался",
        "у, уёбок",
        "у, уебище",
        "у, уебать",
        "до, доебаться",
        "до, допиздеться",
        "до, дохуя",
        "об, объебать",
        "о, охуеть",
        "о, охуенно",
        "при, приебался",
        "при, прихуел",
        "при, припизднутый",
        "про, проебать",
        "про, проебал",
        "пере, переебать",
        "недо, недоебанный",
        "недо, недоёбанный",
        "по+на, понаебали",
        "ни, нихуя",
    })
    void prefixedDerivations(String prefix, String word) {
        assertFlagged(word, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("derivations with suffixes are flagged")
    @ValueSource(strings = {"ебанутый", "ебанько", "ебашить", "уебан", "заебок", "еблан", "ебучий", "въебать",
        "пиздабол", "пиздюк", "пиздёж", "пиздос", "пиздюлей", "блядина", "блядун", "мудачьё", "мудило",
        "хуесос", "хуеплёт", "хуета", "хуетень", "хуйнуть", "Хуёво работаете", "сучка"})
    void suffixDerivations(String word) {
        assertFlagged(word, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "compound «{0}»")
    @DisplayName("compounds with долбо- and мудо- are flagged")
    @ValueSource(strings = {"долбоёб", "долбоеб", "долбоёбы", "долбоебов", "мудозвон", "мудозвоны", "мудоёб"})
    void compounds(String word) {
        assertFlagged(word, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "inflected form «{0}»")
    @DisplayName("inflected forms of obscene lemmas are flagged")
    @ValueSource(strings = {
        // nouns in the oblique cases and plural
        "хуя", "хую", "хуем", "хуи", "хуёв",
        "хуйни", "хуйнёй", "хуйню",
        "пизды", "пизде", "пизду", "пиздой",
        "бляди", "блядей", "блядям",
        "мудака", "мудаку", "мудаки", "мудаков", "мудаками",
        "пидоры", "пидорасов",
        "гондоны", "гондонами", "залупой",
        "суки", "сукам", "суками",
        // verbs: person, tense, participles
        "ебёт", "ебут", "ебал", "ебали", "ебутся",
        "заебали", "заебёшь", "наебал", "наебали", "выебал", "проебали", "съебались", "отъебитесь",
        "охуел", "охуели", "охуевший", "охуительный",
        "спиздил", "спиздили", "пиздят", "пиздит", "распиздяи", "распиздяйство",
        // adjectives
        "хуёвый", "хуёвая", "хуёвые", "пиздатый", "пиздатая", "блядский", "блядская", "ебаные", "ёбаного"
    })
    void inflectedForms(String word) {
        assertFlagged(word, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "truncated «{0}»")
    @DisplayName("truncated and non-canonical forms are flagged (anchors §6.6)")
    @ValueSource(strings = {"ебнет", "пидр", "наху", "бл", "Пизжец", "ёпт", "нах"})
    void truncations(String word) {
        assertFlagged(word, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("obscene words inside ordinary sentences are flagged")
    @ValueSource(strings = {
        "Опять дороги не почистили, пиздец какой-то",
        "Да похуй им на нас",
        "Эти мудаки из управы ничего не делают",
        "Заебали уже со своими отчётами",
        "Ну и нахуя это было строить?",
        "Блядь, когда уже уберут снег",
    })
    void inSentences(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "«{0}»")
    @org.junit.jupiter.api.DisplayName("a female dog in a lost-and-found post is not мат; a vowel-less пздц is")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Найдена собака, сука, метис овчарки|false", "Пздц|true", "сука, опять свет отключили|true"})
    void dogsAndAbbreviations(String text, boolean obscene) {
        Checks.assertFlaggedIf(obscene, text, Category.OBSCENITY);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "«{0}»")
    @org.junit.jupiter.api.DisplayName("phonetic spellings are мат; branches, a village, a whelping dog and a bank are not")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Бльать|true", "Ипать|true", "Блэт|true", "Йопт|true", "Ёпаный|true", "П0шли нах0й|true", "Ты шлюха|true",
        "сучья лежат на тротуаре|false", "Сукко под Анапой|false", "ощенилась сука|false", "ЕБРР выделил кредит|false"})
    void phoneticAndHomonyms(String text, boolean obscene) {
        Checks.assertFlaggedIf(obscene, text, Category.OBSCENITY);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "«{0}»")
    @org.junit.jupiter.api.DisplayName("a bitch with her litter and a tree's сук are not мат a few words apart; swearing is")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Сука у соседей ощенилась, шестеро щенков|false", "сучка у соседки опять ощенилась, щенки нужны?|false",
        "ветер сломал сук у берёзы, висит над тротуаром|false", "сухой сук висит над дорогой|false",
        "этих сук гнать надо из администрации|true", "сука, опять щенков в подъезд подкинули, а управляйке всё равно|true",
        "ипануться можно с этими пробками|true"})
    void litterAndBranches(String text, boolean obscene) {
        Checks.assertFlaggedIf(obscene, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: masked мат nouns for a person, phonetic е→и")
    @ValueSource(strings = {"Вы дол*оёбы, кто так асфальт кладёт", "Одни пизд*болы в управе", "Заипали уже с этой ямой", "Наипали нас с перерасчётом"})
    void review20ObscenityFlagged(String text) {
        Checks.assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: the same halves in ordinary sentences stay clean")
    @ValueSource(strings = {"Наипростейший способ подать заявку — через Госуслуги", "Заипотечили квартиру в новом доме"})
    void review20ObscenityClean(String text) {
        Checks.assertNotFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("OBSCENITY: мат split by a space (пиз дец) and masked мат nouns for a person are flagged")
    @ValueSource(strings = {
        "Ну пиз дец, опять трубу прорвало",
        "Какой-то заp@лбаёб опять мусор вывалил",
    })
    void splitAndMaskedMatNouns(String text) {
        Checks.assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("OBSCENITY: look-alikes of split мат stay clean")
    @ValueSource(strings = {
        "Пизанская башня наклонилась ещё сильнее",
    })
    void splitMatLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: a pedigree bitch is a dog")
    @CsvSource(delimiter = '|', value = {
        "Сука у соседей породистая, хаски, щенки будут|false",
    })
    void reviewTwentySevenDogs(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: ебаться spelled as said (ниибаца, заибаца); ибис and the abbreviations хз and ппц stay clean")
    @CsvSource(delimiter = '|', value = {
        "ниибаца красивое сияние сегодня было|true",
        "заибаца можно с этим снегом|true",
        "В зоопарке показали ибиса|false",
        "хз когда автобус, стою уже час|false",
        "Снега по колено, ппц просто|false",
    })
    void reviewThirtyOneSpelledAsSaid(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: review 41 — a sly one named with a мат compound; a cunning plan stays clean")
    @CsvSource(delimiter = '|', value = {
        "Застройщик этот хитровыебанный всех в администрации купил|true",
        "Хитроумный план застройщика|false",
    })
    void reviewFortyOneObscenity(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: review 43 — хули as the imperative of хулить after не stays clean; the swearword without не is still caught")
    @CsvSource(delimiter = '|', value = {
        "Хули ты тут стоишь, иди работай|true",
        "Не хули то, чего не знаешь, сначала сходи в новый храм, посмотри роспись|false",
        "Не хули, а помоги делом.|false",
        "Не хулите то, чего не знаете.|false",
    })
    void reviewFortyThreeRevile(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: review 45 — one star for two letters (х*ня, х*ню), and хуня as spelled; the village of Monda, a Linux package name stay clean")
    @CsvSource(delimiter = '|', value = {
        "Х*ня какая-то, а не ремонт|true",
        "Опять х*ню написали в отчёте|true",
        "Хуня полная этот ваш ремонт|true",
        "Спасибо дорожникам, трассу на Монды отремонтировали быстро|false",
        "Выпилил perl-xyne-arch из своего Арча|false",
    })
    void reviewFortyFiveObscenity(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: review 50 — a masked «пи*дос» is the мат (пиздос), not the slur пиндос")
    @CsvSource(delimiter = '|', value = {
        "пи*дос с этими маршрутками, водитель курит прямо в салоне|true",
        "пиздос какой-то на дорогах|true",
    })
    void reviewFiftyMaskedPizdos(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: session 35 — пэздэц with э, йоптвоюмать")
    @CsvSource(delimiter = '|', value = {
        "ну это пэздэц, товарищи|true",
        "йоптвоюмать, опять в платёжке накрутили|true"
    })
    void sessionThirtyFiveSpellings(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("OBSCENITY: session 36 — нехер, еп твою; \"мне пох\" stays clean (reviewers read it as пофиг)")
    @CsvSource(delimiter = '|', value = {
        "нехер было строить на болоте, теперь подвалы топит|true",
        "еп твою налево, пятый раз за месяц воду отключают|true",
        "мне пох на ваш хоккей, дайте тепло в дома|false"
    })
    void sessionThirtySix(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.OBSCENITY);
    }
}
