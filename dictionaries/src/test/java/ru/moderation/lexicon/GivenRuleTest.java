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

@DisplayName("rule … given=CATEGORY: a weight that counts when another category is flagged and its own has evidence")
class GivenRuleTest {
    @TempDir
    static Path dir;
    static Classifier c;

    @BeforeAll
    static void lexicon() throws IOException {
        LexiconFormatTest.write(dir, "version t\nfile t.txt\n", "t.txt", """
                category THREAT
                rule t.burn
                  form спалим
                category HATE
                rule t.group_threat weight=0.4 given=THREAT term=угроза_группе
                rule t.target weight=0.6
                  form приезжих
                rule t.social weight=0.3
                  form студентов
                category INSULT
                rule t.fool
                  form дурак
                category HATE
                rule t.group_insult weight=0.3 given=INSULT with=t.social term=оскорбление_группы
                rule t.judged weight=0.4
                  form тупые
                rule t.banned weight=0.7
                  form запретить
                """);
        c = Classifier.fromDirectory(dir);
    }

    @Test
    void aThreatBesideAGroupAddsItsWeight() {
        Verdict v = c.classify("общагу приезжих спалим");
        assertEquals(Set.of(Category.HATE, Category.THREAT), v.categories());
        List<Match> given = v.matches().stream().filter(m -> m.rule().equals("t.group_threat")).toList();
        assertEquals(1, given.size());
        // shown on the threat it was given, so a moderator sees what made the group's mention hate
        assertEquals("спалим", "общагу приезжих спалим".substring(given.get(0).start(), given.get(0).end()));
        assertEquals("угроза группе", given.get(0).term());
    }

    @Test
    void aThreatAloneIsNotHate() {
        assertEquals(Set.of(Category.THREAT), c.classify("общагу спалим").categories());
    }

    @Test
    void aGroupWithoutAThreatIsNotHate() {
        assertTrue(c.classify("общага приезжих").isClean());
    }

    @Test
    void withNamesWhichEvidenceOfItsOwnItNeeds() {
        // an insult beside a group and a judgement of it: 0.3 + 0.4 + 0.3
        assertEquals(Set.of(Category.INSULT, Category.HATE), c.classify("дурак ты, студентов тупые все").categories());
        // an insult beside a judgement without a group: with= keeps the given weight out (0.7 alone)
        assertEquals(Set.of(Category.INSULT), c.classify("дурак, запретить").categories());
        // the group and the judgement without an insult: 0.7
        assertTrue(c.classify("студентов тупые все").isClean());
    }

    @Test
    void countsOnlyUpToWhatTheCategoryHasOfItsOwn() {
        // 0.3 + 0.4 stays below 1: the given weight adds, it does not flag on its own
        assertEquals(Set.of(Category.THREAT), c.classify("общагу студентов спалим").categories());
    }
}
