package ru.moderation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalOptionsTest {

    @Test
    void massMailingDefaultsAndOptions() {
        LocalOptions d = LocalOptions.parse(new String[0]);
        assertEquals(3, d.job.massMailing.authors());
        assertEquals(Duration.ofHours(1), d.job.massMailing.window());

        LocalOptions o = LocalOptions.parse(new String[] {"--mass-mailing-authors", "5", "--mass-mailing-window", "30"});
        assertEquals(5, o.job.massMailing.authors());
        assertEquals(Duration.ofMinutes(30), o.job.massMailing.window());
        assertTrue(o.job.massMailing.enabled());

        assertFalse(LocalOptions.parse(new String[] {"--mass-mailing-authors", "1"}).job.massMailing.enabled());
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--mass-mailing-authors", "x"}));
    }
}
