package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonsTest {
    @ParameterizedTest
    @CsvSource({
        "1, 1 нарушение", "2, 2 нарушения", "3, 3 нарушения", "4, 4 нарушения", "5, 5 нарушений",
        "10, 10 нарушений", "11, 11 нарушений", "12, 12 нарушений", "14, 14 нарушений", "20, 20 нарушений",
        "21, 21 нарушение", "22, 22 нарушения", "25, 25 нарушений", "101, 101 нарушение", "111, 111 нарушений",
        "112, 112 нарушений", "122, 122 нарушения"
    })
    void theNounAgreesWithTheNumber(int n, String expected) {
        assertEquals(expected, Reasons.violations(n));
    }

    @ParameterizedTest
    @CsvSource({"BLACKLIST_USER, 5, 5 нарушений (порог 5)", "BLACKLIST_PROPOSED, 3, 3 нарушения (порог 3)",
        "BLACKLIST_USER, 21, 21 нарушение (порог 5)"})
    void blacklistReasonsCountTheViolationsInGoodRussian(ActionType type, int strikes, String expected) {
        Action a = new Action();
        a.type = type;
        a.strikes = strikes;
        a.threshold = Math.min(strikes, 5);
        a.banUntilMillis = 0;
        a.categories = new String[] {"INSULT"};
        String reason = Reasons.forModerators(a);
        assertTrue(reason.contains(": " + expected + ", последнее — оскорбления."), reason);
    }
}
