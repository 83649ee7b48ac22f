package ru.moderation.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ru.moderation.ingest.AuthorType;
import ru.moderation.ingest.Surface;
import ru.moderation.moderation.Action;
import ru.moderation.moderation.ActionType;
import ru.moderation.moderation.Evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** The action contract and the platform calls, checked against the platform reference. */
class OutputJsonTest {
    private static final ObjectMapper M = new ObjectMapper();

    static Action action(String platform, ActionType type, Surface surface) {
        Action a = new Action();
        a.actionId = "id-1";
        a.type = type;
        a.platform = platform;
        a.communityId = platform.equals("telegram") ? "-1001987654321" : "218000001";
        a.ownerId = platform.equals("telegram") ? a.communityId : "-218000001";
        a.surface = surface;
        a.postId = "4410";
        a.commentId = "5123";
        a.authorId = "700100200";
        a.authorType = AuthorType.USER;
        a.categories = new String[] {"OBSCENITY"};
        Evidence e = new Evidence();
        e.category = "OBSCENITY";
        e.rule = "obscenity.root.hui";
        e.term = "хуй";
        e.start = 5;
        e.end = 8;
        e.fragment = "хуй";
        a.evidence = new Evidence[] {e};
        a.strikes = 2;
        a.threshold = 2;
        a.policyName = "default";
        a.mode = "auto";
        a.banUntilMillis = Instant.parse("2025-02-02T12:00:00Z").toEpochMilli();
        a.createdAtMillis = Instant.parse("2025-01-03T12:00:00Z").toEpochMilli();
        a.dictionaryVersion = "d1";
        return a;
    }

    static JsonNode json(Action a) throws Exception {
        return M.readTree(OutputJson.action(a));
    }

    @Test
    void vkWallDelete() throws Exception {
        JsonNode j = json(action("vk", ActionType.DELETE_COMMENT, Surface.WALL));
        assertEquals("DELETE_COMMENT", j.get("type").asText());
        assertEquals("218000001", j.get("communityId").asText());
        assertTrue(j.get("commentId").isTextual());
        assertEquals("хуй", j.get("evidence").get(0).get("fragment").asText());
        assertEquals(5, j.get("evidence").get(0).get("start").asInt());
        JsonNode call = j.get("platformCall");
        assertEquals("wall.deleteComment", call.get("method").asText());
        assertEquals(-218000001L, call.get("params").get("owner_id").asLong());
        assertEquals(5123, call.get("params").get("comment_id").asLong());
        assertEquals("5.199", call.get("params").get("v").asText());
        assertEquals("2025-01-03T12:00:00Z", j.get("createdAt").asText());
        assertFalse(j.get("reason").asText().isBlank());
    }

    @Test
    void vkOtherSurfaces() throws Exception {
        assertEquals("photos.deleteComment", json(action("vk", ActionType.DELETE_COMMENT, Surface.PHOTO))
                .get("platformCall").get("method").asText());
        assertEquals("video.deleteComment", json(action("vk", ActionType.DELETE_COMMENT, Surface.VIDEO))
                .get("platformCall").get("method").asText());
        Action board = action("vk", ActionType.DELETE_COMMENT, Surface.BOARD);
        board.postId = "40293628";
        JsonNode p = json(board).get("platformCall").get("params");
        assertEquals(218000001L, p.get("group_id").asLong());
        assertEquals(40293628L, p.get("topic_id").asLong());
        assertEquals(5123L, p.get("comment_id").asLong());
    }

    @Test
    void vkBan() throws Exception {
        JsonNode j = json(action("vk", ActionType.BLACKLIST_USER, Surface.WALL));
        JsonNode call = j.get("platformCall");
        assertEquals("groups.ban", call.get("method").asText());
        JsonNode p = call.get("params");
        assertEquals(218000001L, p.get("group_id").asLong());
        assertEquals(700100200L, p.get("owner_id").asLong());
        assertEquals(3, p.get("reason").asInt()); // obscene language
        assertEquals(Instant.parse("2025-02-02T12:00:00Z").getEpochSecond(), p.get("end_date").asLong());
        assertTrue(p.get("comment").asText().contains("нецензурная"));
        assertEquals("2025-02-02T12:00:00Z", j.get("banUntil").asText());

        Action spam = action("vk", ActionType.BLACKLIST_USER, Surface.WALL);
        spam.categories = new String[] {"SPAM"};
        spam.banUntilMillis = 0;
        JsonNode sp = json(spam).get("platformCall").get("params");
        assertEquals(1, sp.get("reason").asInt());
        assertFalse(sp.has("end_date")); // permanent
        spam.categories = new String[] {"INSULT", "SPAM"};
        assertEquals(2, json(spam).get("platformCall").get("params").get("reason").asInt());
    }

    @Test
    void telegram() throws Exception {
        JsonNode del = json(action("telegram", ActionType.DELETE_COMMENT, Surface.CHAT)).get("platformCall");
        assertEquals("deleteMessage", del.get("method").asText());
        assertEquals(-1001987654321L, del.get("params").get("chat_id").asLong());
        assertEquals(5123L, del.get("params").get("message_id").asLong());

        JsonNode ban = json(action("telegram", ActionType.BLACKLIST_USER, Surface.CHAT)).get("platformCall");
        assertEquals("banChatMember", ban.get("method").asText());
        assertEquals(700100200L, ban.get("params").get("user_id").asLong());
        assertTrue(ban.get("params").has("until_date"));

        Action channel = action("telegram", ActionType.BLACKLIST_USER, Surface.CHAT);
        channel.authorType = AuthorType.CHANNEL;
        channel.authorId = "-1005550001111";
        JsonNode chBan = json(channel).get("platformCall");
        assertEquals("banChatSenderChat", chBan.get("method").asText());
        assertEquals(-1005550001111L, chBan.get("params").get("sender_chat_id").asLong());
    }

    @Test
    void ok() throws Exception {
        Action a = action("ok", ActionType.BLACKLIST_USER, Surface.DISCUSSION);
        a.postId = "157547387388922";
        a.commentId = "MTczNTkwNTgwMDo";
        JsonNode call = json(a).get("platformCall");
        assertEquals("discussions.deleteDiscussionComment", call.get("method").asText());
        assertEquals("MTczNTkwNTgwMDo", call.get("params").get("comment_id").asText());
        assertEquals("157547387388922", call.get("params").get("discussionId").asText());
        assertTrue(call.get("params").get("block_author").asBoolean());
        a.type = ActionType.DELETE_COMMENT;
        assertFalse(json(a).get("platformCall").get("params").get("block_author").asBoolean());
    }
}
