package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RecentStrikesTest {
    @Test
    void expiresExactlyWhenTheStateTtlWould() {
        RecentStrikes r = new RecentStrikes(10, 1000);
        AuthorStrikes s = new AuthorStrikes();
        r.written("a", s, 5000);
        assertSame(s, r.get("a", 5999));
        // Flink's TTL: expired once last write + TTL <= now
        assertNull(r.get("a", 6000));
        assertEquals(0, r.size());
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        RecentStrikes r = new RecentStrikes(2, 1000);
        AuthorStrikes a = new AuthorStrikes();
        AuthorStrikes b = new AuthorStrikes();
        AuthorStrikes c = new AuthorStrikes();
        r.written("a", a, 0);
        r.written("b", b, 0);
        assertSame(a, r.get("a", 1)); // a is now more recent than b
        r.written("c", c, 2);
        assertNull(r.get("b", 3));
        assertSame(a, r.get("a", 3));
        assertSame(c, r.get("c", 3));
    }

    @Test
    void aRewriteReplacesTheValueAndRestartsItsTtl() {
        RecentStrikes r = new RecentStrikes(10, 1000);
        AuthorStrikes first = new AuthorStrikes();
        AuthorStrikes second = new AuthorStrikes();
        r.written("a", first, 0);
        r.written("a", second, 900);
        assertSame(second, r.get("a", 1500));
    }

    @Test
    void capacityZeroCachesNothing() {
        RecentStrikes r = new RecentStrikes(0, 1000);
        r.written("a", new AuthorStrikes(), 0);
        assertNull(r.get("a", 1));
        assertEquals(0, r.size());
    }
}
