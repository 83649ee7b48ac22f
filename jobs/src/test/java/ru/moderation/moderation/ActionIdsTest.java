package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

class ActionIdsTest {
    @Test
    void idsAreTheJdksNameBasedUuids() {
        // ids already written to Kafka must not change: executors deduplicate on them
        for (String name : new String[] {"", "v1|DELETE_COMMENT|vk|218000001|vk|WALL|-218000001|17",
                "v1|BLACKLIST_USER|telegram|-1001987654321|5001000042|telegram|CHAT|-1001987654321|9", "ёжик — ∑ 🅷"}) {
            assertEquals(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString(), ActionIds.uuid(name));
        }
    }

    @Test
    void deleteIdIsStable() {
        assertEquals(UUID.nameUUIDFromBytes("v1|DELETE_COMMENT|vk|1|k".getBytes(StandardCharsets.UTF_8)).toString(),
                ActionIds.delete("vk", "1", "k"));
    }
}
