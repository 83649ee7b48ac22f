package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Verdict and Match API: version, immutability, spans")
class VerdictApiTest {

    @Test
    @DisplayName("every verdict, clean or not, carries the classifier's non-blank dictionary version")
    void dictionaryVersion() {
        String version = Checks.CLASSIFIER.dictionaryVersion();
        assertFalse(version == null || version.isBlank());
        assertEquals(version, Checks.classify("хуй").dictionaryVersion());
        assertEquals(version, Checks.classify("мандат").dictionaryVersion());
        assertEquals(version, Checks.classify("").dictionaryVersion());
    }

    @Test
    @DisplayName("defaultRussian() is built once and shared")
    void defaultIsShared() {
        assertSame(Classifier.defaultRussian(), Classifier.defaultRussian());
    }

    @Test
    @DisplayName("a flagged verdict is not clean; a clean one has no categories and no matches")
    void cleanness() {
        Verdict flagged = Checks.classify("пиздец");
        assertFalse(flagged.isClean());
        assertEquals(List.of(Category.OBSCENITY), List.copyOf(flagged.categories()));
        Verdict clean = Checks.classify("Спасибо за уборку снега");
        assertTrue(clean.isClean());
        assertTrue(clean.categories().isEmpty());
        assertTrue(clean.matches().isEmpty());
    }

    @Test
    @DisplayName("categories are listed in declaration order")
    void categoryOrder() {
        Verdict v = Checks.classify("Я тебя убью, идиот, пиздец");
        assertEquals(List.of(Category.OBSCENITY, Category.INSULT, Category.THREAT), List.copyOf(v.categories()),
                v::toString);
    }

    @Test
    @DisplayName("verdicts are immutable")
    void immutable() {
        Verdict v = Checks.classify("хуй");
        assertThrows(UnsupportedOperationException.class, () -> v.matches().clear());
        assertThrows(UnsupportedOperationException.class, () -> v.categories().add(Category.SPAM));
    }

    @Test
    @DisplayName("a verdict does not change when the classifier is used again (no shared scratch leaks)")
    void verdictSurvivesNextCall() {
        Verdict first = Checks.classify("Ну ты х*й!");
        List<Match> before = List.copyOf(first.matches());
        Checks.classify("сука, блядь, хуй, пиздец, ебать");
        assertEquals(before, first.matches());
    }

    @Test
    @DisplayName("Match rejects a negative or reversed span")
    void matchSpan() {
        assertThrows(IllegalArgumentException.class, () -> new Match(Category.SPAM, "r", "t", -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Match(Category.SPAM, "r", "t", 5, 2));
        assertThrows(NullPointerException.class, () -> new Match(null, "r", "t", 0, 1));
    }

    @Test
    @DisplayName("Match.fragment clamps a span past the end instead of throwing")
    void fragmentClamps() {
        Match m = new Match(Category.OBSCENITY, "r", "t", 2, 10);
        assertEquals("cd", m.fragment("abcd"));
        assertEquals("", new Match(Category.OBSCENITY, "r", "t", 7, 9).fragment("abcd"));
    }
}
