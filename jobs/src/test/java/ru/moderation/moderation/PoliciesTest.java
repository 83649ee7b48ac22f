package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ru.moderation.classify.Category;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

class PoliciesTest {
    @Test
    void defaultsMatchTheRegulations() {
        Policy p = Policies.defaults().forCommunity("vk", "1");
        assertEquals(2, p.threshold());
        assertFalse(p.approval());
        assertEquals(EnumSet.allOf(Category.class), p.categories());
        assertEquals("default", p.name());
    }

    @Test
    void communityOverridesInheritTheDefault() {
        Policies ps = Policies.parse("""
                {
                  "default": {"threshold": 3, "window": "P7D", "banDuration": "PT12H"},
                  "communities": {
                    "vk:218000001": {"mode": "approval", "banDuration": "permanent"},
                    "telegram:-1001987654321": {"categories": ["obscenity", "SPAM"]}
                  }
                }""", "test");
        Policy vk = ps.forCommunity("vk", "218000001");
        assertEquals(3, vk.threshold());
        assertEquals(Duration.ofDays(7), vk.window());
        assertTrue(vk.approval());
        assertNull(vk.banDuration());
        assertEquals(0L, vk.banUntil(1000L));
        Policy tg = ps.forCommunity("telegram", "-1001987654321");
        assertEquals(Set.of(Category.OBSCENITY, Category.SPAM), tg.categories());
        assertEquals(Duration.ofHours(12), tg.banDuration());
        assertEquals(1000L + 12 * 3600_000L, tg.banUntil(1000L));
        Policy other = ps.forCommunity("vk", "5");
        assertEquals("default", other.name());
        assertEquals(Duration.ofDays(7), ps.maxWindow());
    }

    @Test
    void badFilesAreRejectedWithTheField() {
        assertMessage("{\"default\": {\"threshold\": 0}}", "threshold");
        assertMessage("{\"default\": {\"treshold\": 2}}", "treshold");
        assertMessage("{\"default\": {\"mode\": \"manual\"}}", "mode");
        assertMessage("{\"default\": {\"window\": \"30 days\"}}", "window");
        assertMessage("{\"default\": {\"categories\": [\"RUDENESS\"]}}", "RUDENESS");
        assertMessage("{\"communities\": {\"218000001\": {}}}", "platform:communityId");
        assertMessage("not json", "JSON");
    }

    private static void assertMessage(String json, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policies.parse(json, "p.json"));
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertTrue(e.getMessage().startsWith("p.json"), e.getMessage());
    }
}
