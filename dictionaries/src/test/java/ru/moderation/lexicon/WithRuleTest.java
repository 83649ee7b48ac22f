package ru.moderation.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.moderation.classify.Category;
import ru.moderation.classify.Classifier;
import ru.moderation.classify.Match;
import ru.moderation.classify.Verdict;

@DisplayName("rule … with=ID,ID: a weight that counts only beside one of the rules it names")
class WithRuleTest {
    @TempDir
    static Path dir;
    static Classifier c;

    @BeforeAll
    static void lexicon() throws IOException {
        LexiconFormatTest.write(dir, "version t\nfile spam.txt\n", "spam.txt", """
                category SPAM
                rule t.link weight=0.6
                  form ссылка
                rule t.phone weight=0.6
                  form телефон
                rule t.price weight=0.4
                  form цена
                rule t.praise weight=0.4 with=t.link
                  form лучший
                """);
        c = Classifier.fromDirectory(dir);
    }

    static List<String> rules(Verdict v) {
        return v.matches().stream().map(Match::rule).sorted().toList();
    }

    @Test
    void countsBesideTheRuleItNames() {
        Verdict v = c.classify("лучший ссылка");
        assertEquals(Set.of(Category.SPAM), v.categories());
        assertEquals(List.of("t.link", "t.praise"), rules(v));
    }

    @Test
    void countsNothingBesideOtherRules() {
        // 0.6 + 0.4 would reach 1, but the praise needs the link
        assertTrue(c.classify("лучший телефон").isClean());
        assertEquals(0.6, c.classify("лучший телефон").spamScore(), 1e-9);
    }

    @Test
    void isNotReportedWhenItDidNotCount() {
        // flagged by the phone and the price; the praise did not count and is not evidence
        Verdict v = c.classify("лучший телефон цена");
        assertEquals(Set.of(Category.SPAM), v.categories());
        assertEquals(List.of("t.phone", "t.price"), rules(v));
    }

    @Test
    void alone() {
        assertTrue(c.classify("лучший лучший").isClean());
    }
}
