package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fingerprints and the bounded author counter, without Flink. */
class MassMailingTest {
    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;

    @Test
    void copiesThatDifferInCasePunctuationAndSpacingShareAFingerprint() {
        String a = MassMailing.fingerprint("Заработок от 5000 в день! Пиши в ЛС 👉 @money_bot");
        String b = MassMailing.fingerprint("заработок  от 5000 в день,,, пиши в лс @money_bot!!!");
        assertEquals(a, b);
        assertNotEquals(a, MassMailing.fingerprint("Заработок от 7000 в день! Пиши в ЛС @money_bot"));
    }

    @Test
    void shortTextsHaveNoFingerprint() {
        assertNull(MassMailing.fingerprint("Спасибо! 👍"));
        assertNull(MassMailing.fingerprint("+"));
        assertNull(MassMailing.fingerprint(null));
    }

    @Test
    void longTextsAreFingerprintedByTheirStart() {
        String start = "Заработок от 5000 в день без вложений, пиши в лс ".repeat(20);
        assertEquals(MassMailing.fingerprint(start + "хвост один"), MassMailing.fingerprint(start + "хвост другой"));
        assertTrue(MassMailing.fingerprint(start).length() <= MassMailing.MAX_FINGERPRINT);
    }

    @Test
    void countsDistinctAuthorsWithinTheWindow() {
        MassMailing.RecentAuthors r = new MassMailing.RecentAuthors();
        assertEquals(1, r.record(1, 0, HOUR, 3));
        assertEquals(1, r.record(1, MINUTE, HOUR, 3)); // the same author again
        assertEquals(2, r.record(2, 2 * MINUTE, HOUR, 3));
        assertEquals(3, r.record(3, 3 * MINUTE, HOUR, 3));
    }

    @Test
    void authorsOutsideTheWindowDoNotCount() {
        MassMailing.RecentAuthors r = new MassMailing.RecentAuthors();
        r.record(1, 0, HOUR, 3);
        r.record(2, 10 * MINUTE, HOUR, 3);
        assertEquals(2, r.record(3, 65 * MINUTE, HOUR, 3)); // author 1 posted 65 minutes ago
    }

    @Test
    void stateStaysBoundedWhateverTheNumberOfAuthors() {
        MassMailing.RecentAuthors r = new MassMailing.RecentAuthors();
        int last = 0;
        for (int a = 0; a < 10_000; a++) {
            last = r.record(a, a, HOUR, 3);
        }
        assertEquals(3, last);
        assertEquals(3, r.authors.length);
    }
}
