package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.moderation.classify.Checks.assertFlagged;
import static ru.moderation.classify.Checks.fragments;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Offsets: every match points into the original text, sorted by start")
class OffsetsTest {

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @DisplayName("the OBSCENITY fragment is the original (un-normalized) substring")
    @CsvSource(delimiter = '|', value = {
        "Ну ты х*й!|х*й",
        "х у й|х у й",
        "Слушай, х у й тебе|х у й",
        "б.л.я.т.ь, опять|б.л.я.т.ь",
        "Какой хууууй|хууууй",
        "ну xyй|xyй",
        "ПИИИЗДЕЦ!!!|ПИИИЗДЕЦ",
        "Это просто пиздец, товарищи|пиздец",
        "(бл@дь)|бл@дь",
        "«е6aть»|е6aть",
        "ну blyat|blyat",
    })
    void fragmentIsOriginalSubstring(String text, String expected) {
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals(List.of(expected), fragments(text, v, Category.OBSCENITY), () -> Checks.describe(text, v));
    }

    @Test
    @DisplayName("a zero-width char inside a word: the span covers the whole visible word")
    void zeroWidthInside() {
        String text = "вот х\u200Bуй тебе";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals(List.of("х\u200Bуй"), fragments(text, v, Category.OBSCENITY));
    }

    @Test
    @DisplayName("offsets count UTF-16 units: emoji (surrogate pairs) before the word shift them by two each")
    void surrogatePairsBefore() {
        String text = "😀😀 хуй";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        Match m = v.matches().get(0);
        assertEquals(5, m.start());
        assertEquals(8, m.end());
        assertEquals("хуй", m.fragment(text));
    }

    @Test
    @DisplayName("a combining breve: и + U+0306 reads as й and the span keeps the mark")
    void combiningMark() {
        String text = "ну ху\u0438\u0306!";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals(List.of("ху\u0438\u0306"), fragments(text, v, Category.OBSCENITY));
    }

    @Test
    @DisplayName("several obscene words: one match each, sorted by start, fragments in text order")
    void severalMatchesSorted() {
        String text = "сука, блядь, хуй";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals(List.of("сука", "блядь", "хуй"), fragments(text, v, Category.OBSCENITY));
    }

    @Test
    @DisplayName("matches of different categories are sorted by start together")
    void mixedCategoriesSorted() {
        String text = "Ты идиот, я тебя убью, пиздец";
        Verdict v = Checks.classify(text);
        assertTrue(v.categories().containsAll(List.of(Category.OBSCENITY, Category.INSULT, Category.THREAT)),
                () -> Checks.describe(text, v));
        for (int k = 1; k < v.matches().size(); k++) {
            assertTrue(v.matches().get(k - 1).start() <= v.matches().get(k).start(), v.matches()::toString);
        }
        assertEquals(List.of("идиот"), fragments(text, v, Category.INSULT));
        assertEquals(List.of("пиздец"), fragments(text, v, Category.OBSCENITY));
        assertTrue(fragments(text, v, Category.THREAT).stream().allMatch(f -> f.contains("убью")), () -> Checks.describe(text, v));
    }

    @Test
    @DisplayName("a phrase match spans from its first to its last word")
    void phraseSpan() {
        String text = "Слышь, тебе не жить, понял?";
        Verdict v = assertFlagged(text, Category.THREAT);
        assertEquals(List.of("тебе не жить"), fragments(text, v, Category.THREAT));
    }

    @Test
    @DisplayName("the match term is the lexicon term the text was resolved to")
    void termIsResolved() {
        String text = "п!зда";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        assertEquals("п!зда", v.matches().get(0).fragment(text));
        assertTrue(v.matches().get(0).term().startsWith("пизд"), () -> "term: " + v.matches().get(0).term());
    }

    @Test
    @DisplayName("the same word twice gives two matches with distinct spans")
    void repeatedWord() {
        String text = "хуй и ещё раз хуй";
        Verdict v = assertFlagged(text, Category.OBSCENITY);
        List<Match> ms = v.matches();
        assertEquals(2, ms.size(), ms::toString);
        assertEquals(0, ms.get(0).start());
        assertEquals(3, ms.get(0).end());
        assertEquals(14, ms.get(1).start());
        assertEquals(17, ms.get(1).end());
    }
}
