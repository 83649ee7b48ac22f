package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Shared assertions for the classifier tests. Every verdict that passes through {@link #classify}
 * is also checked for well-formedness: matches sorted by start, spans inside the original text,
 * categories equal to the categories of the matches.
 */
final class Checks {
    /** Built once per JVM (about a second); thread-safe and immutable. */
    static final Classifier CLASSIFIER = Classifier.defaultRussian();

    private Checks() {}

    static Verdict classify(String text) {
        Verdict v = CLASSIFIER.classify(text);
        assertWellFormed(text, v);
        return v;
    }

    static void assertWellFormed(CharSequence text, Verdict v) {
        assertNotNull(v, "verdict");
        assertNotNull(v.categories(), "categories");
        assertNotNull(v.matches(), "matches");
        int len = text == null ? 0 : text.length();
        int prevStart = -1;
        Set<Category> fromMatches = EnumSet.noneOf(Category.class);
        for (Match m : v.matches()) {
            assertNotNull(m.category(), "match category");
            assertNotNull(m.rule(), "match rule");
            assertNotNull(m.term(), "match term");
            assertTrue(m.start() >= 0 && m.start() < m.end() && m.end() <= len,
                    () -> "span out of bounds [" + m.start() + "," + m.end() + ") for text length " + len + ": " + m);
            assertTrue(m.start() >= prevStart, () -> "matches not sorted by start: " + v.matches());
            prevStart = m.start();
            fromMatches.add(m.category());
        }
        assertEquals(fromMatches, v.categories(), "categories must be exactly the categories of the matches");
        assertEquals(v.matches().isEmpty(), v.isClean(), "isClean() iff no matches");
    }

    static Verdict assertFlagged(String text, Category expected) {
        Verdict v = classify(text);
        assertTrue(v.categories().contains(expected),
                () -> "expected " + expected + " for «" + abbreviate(text) + "» but got " + describe(text, v));
        return v;
    }

    static Verdict assertNotFlagged(String text, Category notExpected) {
        Verdict v = classify(text);
        assertFalse(v.categories().contains(notExpected),
                () -> "expected no " + notExpected + " for «" + abbreviate(text) + "» but got " + describe(text, v));
        return v;
    }

    /** {@link #assertFlagged} or {@link #assertNotFlagged}, for tables of texts with the expected answer. */
    static Verdict assertFlaggedIf(boolean flagged, String text, Category category) {
        return flagged ? assertFlagged(text, category) : assertNotFlagged(text, category);
    }

    static Verdict assertClean(String text) {
        Verdict v = classify(text);
        if (!v.isClean()) {
            fail("expected clean for «" + abbreviate(text) + "» but got " + describe(text, v));
        }
        return v;
    }

    /** The matches of one category, with their fragments, for failure messages. */
    static String describe(String text, Verdict v) {
        List<String> parts = new ArrayList<>();
        for (Match m : v.matches()) {
            if (parts.size() == 10) {
                parts.add("… " + (v.matches().size() - 10) + " more");
                break;
            }
            parts.add(m.category() + " " + m.rule() + " «" + m.fragment(text) + "»→" + m.term()
                    + " [" + m.start() + "," + m.end() + ")");
        }
        return v.categories() + " " + parts;
    }

    /** The text for a failure message, shortened to 120 chars. */
    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 100) + "…(" + text.length() + " chars)…"
                + text.substring(text.length() - 20);
    }

    /** Fragments of the matches of {@code category}, in order. */
    static List<String> fragments(String text, Verdict v, Category category) {
        List<String> out = new ArrayList<>();
        for (Match m : v.matches()) {
            if (m.category() == category) {
                out.add(m.fragment(text));
            }
        }
        return out;
    }
}
