package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-thread cache of word outcomes must be invisible: a word reads the same the second time. */
@DisplayName("word outcome cache")
class WordCacheTest {

    @Test
    @DisplayName("a repeated word is reported at each of its own positions, with the same rule and term")
    void repeatedWordKeepsOffsets() {
        String text = "мандат хуй мандат, опять хуй и снова мандат хуй";
        Verdict v = Checks.classify(text);
        List<Match> m = v.matches();
        assertEquals(3, m.size(), m.toString());
        int from = 0;
        for (Match x : m) {
            int at = text.indexOf("хуй", from);
            assertEquals(at, x.start());
            assertEquals(at + 3, x.end());
            assertEquals(m.get(0).rule(), x.rule());
            assertEquals(m.get(0).term(), x.term());
            from = at + 1;
        }
        // across comments on the same thread, too
        assertEquals(m.get(0).rule(), Checks.classify("хуй").matches().get(0).rule());
        assertTrue(Checks.classify("мандат").isClean());
    }

    @Test
    @DisplayName("two words sharing a cache slot never take each other's outcome")
    void collidingWordsStayApart() {
        char[] obscene = "пиздец".toCharArray();
        int slot = WordMatcher.cacheSlot(obscene, obscene.length);
        String clean = null;
        String letters = "абвгдеёжзиклмнопрстуфхцчшщыэюя";
        outer:
        for (int a = 0; a < letters.length(); a++) {
            for (int b = 0; b < letters.length(); b++) {
                for (int c = 0; c < letters.length(); c++) {
                    String w = "дом" + letters.charAt(a) + letters.charAt(b) + letters.charAt(c);
                    if (WordMatcher.cacheSlot(w.toCharArray(), w.length()) == slot && Checks.classify(w).isClean()) {
                        clean = w;
                        break outer;
                    }
                }
            }
        }
        assertNotNull(clean, "no clean word in the slot of пиздец");
        for (int round = 0; round < 3; round++) {
            assertTrue(Checks.classify(clean).isClean(), clean + " took the outcome of пиздец");
            assertFalse(Checks.classify("пиздец").isClean(), "пиздец took the outcome of " + clean);
        }
    }

    @Test
    @DisplayName("disguised and Latin words read the same the second time (they are cached too)")
    void disguisedWordsReadTheSameTwice() {
        for (String w : new String[] {"xyй", "blyat", "п1зда", "х*й", "бл@дь", "ebay", "money", "mandat"}) {
            Verdict first = Checks.classify("вот " + w + " и всё");
            for (int round = 0; round < 3; round++) {
                Verdict again = Checks.classify("вот " + w + " и всё");
                assertEquals(first.categories(), again.categories(), w);
                assertEquals(first.matches(), again.matches(), w);
            }
        }
        assertFalse(Checks.classify("xyй").isClean());
        assertTrue(Checks.classify("ebay").isClean());
    }
}
