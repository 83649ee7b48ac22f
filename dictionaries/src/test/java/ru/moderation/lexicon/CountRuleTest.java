package ru.moderation.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.moderation.classify.Category;
import ru.moderation.classify.Classifier;
import ru.moderation.classify.Verdict;

@DisplayName("count @class MIN WINDOW: distinct words of a class close together, each counted once")
class CountRuleTest {
    @TempDir
    static Path dir;
    static Classifier c;

    @BeforeAll
    static void lexicon() throws IOException {
        LexiconFormatTest.write(dir, "version t\nfile spam.txt\n", "spam.txt", """
                category SPAM
                rule t.ad weight=1 term=реклама
                  count @ad 3 5
                class @ad
                  form скидка бонус акция доставка
                """);
        c = Classifier.fromDirectory(dir);
    }

    @Test
    void threeDistinctWordsWithinTheWindowFire() {
        Verdict v = c.classify("скидка бонус и акция");
        assertEquals(Set.of(Category.SPAM), v.categories());
        assertEquals(1, v.matches().size(), "a count rule fires once");
        assertEquals("реклама", v.matches().get(0).term());
        assertEquals("акция", v.matches().get(0).fragment("скидка бонус и акция"), "the span is the word that completed the count");
    }

    @Test
    void repeatsOfOneWordCountOnce() {
        assertTrue(c.classify("скидка скидка скидка скидка").isClean());
    }

    @Test
    void wordsSpreadWiderThanTheWindowDoNotFire() {
        assertTrue(c.classify("скидка раз два три бонус раз два три акция").isClean());
    }

    @Test
    void theWindowSlides() {
        // the first "скидка" is too far away, but бонус, акция and доставка are close together
        assertEquals(Set.of(Category.SPAM), c.classify("скидка раз два три четыре пять бонус акция доставка").categories());
    }
}
