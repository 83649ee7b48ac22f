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
import ru.moderation.classify.Verdict;

@DisplayName("rule … without=ID,ID: a weight that counts only when none of the rules it names fired")
class WithoutRuleTest {
    @TempDir
    static Path dir;
    static Classifier c;

    @BeforeAll
    static void lexicon() throws IOException {
        // the shape of insult.at_group: contempt for a group is hate's alone unless the text speaks to someone
        LexiconFormatTest.write(dir, "version t\nfile t.txt\n", "t.txt", """
                category HATE
                rule t.target weight=0.6
                  form мигранты
                rule t.judged weight=0.4
                  form все
                rule t.social weight=0.3
                  form учителя
                rule t.group_insult weight=0.7 given=INSULT with=t.social
                category INSULT
                rule t.word
                  form твари истерички
                rule t.venal
                  form продажные
                rule t.to_person weight=0
                  form ты
                rule t.at_group weight=-1 given=HATE without=t.to_person
                """);
        c = Classifier.fromDirectory(dir);
    }

    @Test
    void countsWhenNoneOfItsRulesFired() {
        Verdict v = c.classify("мигранты все твари");
        assertEquals(Set.of(Category.HATE), v.categories());
        assertEquals(List.of("t.judged", "t.target"), WithRuleTest.rules(v));
    }

    @Test
    void countsNothingWhenOneOfItsRulesFired() {
        Verdict v = c.classify("ты твари как все мигранты");
        assertEquals(Set.of(Category.HATE, Category.INSULT), v.categories());
        // a rule of weight 0 is a marker, never evidence
        assertEquals(List.of("t.judged", "t.target", "t.word"), WithRuleTest.rules(v));
    }

    @Test
    void givenCategoryNotFlagged() {
        assertEquals(Set.of(Category.INSULT), c.classify("твари").categories());
        assertTrue(c.classify("ты").isClean());
    }

    @Test
    @DisplayName("a negative given= rule reads the scores after the positive ones: the hate may be the insult's own doing")
    void afterThePositiveGivenRules() {
        // HATE is 0.3 of its own; the insult on the group lifts it to 1, and then the insult is taken back
        Verdict v = c.classify("учителя истерички");
        assertEquals(Set.of(Category.HATE), v.categories());
        assertEquals(List.of("t.group_insult", "t.social"), WithRuleTest.rules(v));
    }

    @Test
    @DisplayName("counter-evidence is never shown, even when its category stays flagged")
    void notShownAsEvidence() {
        Verdict v = c.classify("мигранты все продажные твари");
        assertEquals(Set.of(Category.HATE, Category.INSULT), v.categories());
        assertEquals(List.of("t.judged", "t.target", "t.venal", "t.word"), WithRuleTest.rules(v));
    }
}
