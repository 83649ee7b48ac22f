package ru.moderation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Parsing of each supported format, with the sample payloads of the platform reference. */
class EventParserTest {
    private final EventParser parser = new EventParser();

    static byte[] sample(String name) {
        try (InputStream in = EventParserTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing sample " + name, e);
        }
    }

    private CommentEvent comment(String sample) {
        ParseOutcome p = parser.parse(sample(sample), 42L);
        assertEquals(ParseOutcome.Kind.COMMENT, p.kind, p.toString());
        return p.comment;
    }

    private ParseOutcome parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), 42L);
    }

    @Test
    void vkWallReply() {
        CommentEvent c = comment("vk_wall_reply_new.json");
        assertEquals("vk", c.platform);
        assertEquals("218000001", c.communityId);
        assertEquals("-218000001", c.ownerId);
        assertEquals("4410", c.postId);
        assertEquals("5123", c.commentId);
        assertEquals("700100200", c.authorId);
        assertEquals(AuthorType.USER, c.authorType);
        assertEquals(Surface.WALL, c.surface);
        assertEquals("7f3c2b9e0d1a4c5b8e6f7a8b9c0d1e2f3a4b5c6d", c.eventId);
        assertEquals("[id700100300|Иван], когда уберут снег во дворе на Ленина, 5?", c.text);
        assertEquals(1735905232000L, c.timestampMillis);
        assertFalse(c.edit);
    }

    @Test
    void vkEditIsAnEditOfTheSameComment() {
        String edit = new String(sample("vk_wall_reply_new.json"), StandardCharsets.UTF_8)
                .replace("wall_reply_new", "wall_reply_edit").replace("7f3c2b9e", "11111111");
        ParseOutcome p = parse(edit);
        assertEquals(ParseOutcome.Kind.COMMENT, p.kind);
        assertTrue(p.comment.edit);
        assertEquals(comment("vk_wall_reply_new.json").commentKey(), p.comment.commentKey());
    }

    @Test
    void vkPhotoVideoBoard() {
        CommentEvent photo = comment("vk_photo_comment_new.json");
        assertEquals(Surface.PHOTO, photo.surface);
        assertEquals("-218000001", photo.ownerId);
        assertEquals("457239017", photo.postId);
        assertEquals("17", photo.commentId);

        CommentEvent video = comment("vk_video_comment_new.json");
        assertEquals(Surface.VIDEO, video.surface);
        assertEquals("456239001", video.postId);

        CommentEvent board = comment("vk_board_post_new.json");
        assertEquals(Surface.BOARD, board.surface);
        assertEquals("40293628", board.postId);
        assertEquals("5083", board.commentId);
        assertEquals("Вопрос по тарифам ЖКХ", board.text);
        // photo comment 17 and wall comment 17 of the same owner are different comments
        assertNotEquals(photo.commentKey(), comment("vk_wall_reply_new.json").commentKey().replace("5123", "17"));
    }

    @Test
    void vkPostAndConfirmationAreNotComments() {
        assertEquals(ParseOutcome.Kind.POST, parser.parse(sample("vk_wall_post_new.json"), 0).kind);
        assertEquals(ParseOutcome.Kind.IGNORED, parser.parse(sample("vk_confirmation.json"), 0).kind);
        assertEquals(ParseOutcome.Kind.IGNORED,
                parse("{\"type\":\"group_join\",\"group_id\":1,\"object\":{\"user_id\":5}}").kind);
    }

    @Test
    void vkCommentByCommunity() {
        ParseOutcome p = parse("{\"type\":\"wall_reply_new\",\"group_id\":7,\"object\":{\"id\":1,\"from_id\":-99,"
                + "\"owner_id\":-7,\"post_id\":3,\"date\":1,\"text\":\"x\"}}");
        assertEquals(AuthorType.COMMUNITY, p.comment.authorType);
        assertEquals("-99", p.comment.authorId);
    }

    @Test
    void vkCommentWithoutRequiredFieldsIsADeadLetter() {
        ParseOutcome noFrom = parse("{\"type\":\"wall_reply_new\",\"group_id\":7,\"object\":{\"id\":1,\"text\":\"x\"}}");
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, noFrom.kind);
        assertTrue(noFrom.detail.contains("from_id"), noFrom.detail);
        ParseOutcome noObject = parse("{\"type\":\"wall_reply_new\",\"group_id\":7}");
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, noObject.kind);
        assertTrue(noObject.detail.contains("object"), noObject.detail);
        ParseOutcome boardWithoutTopic = parse("{\"type\":\"board_post_new\",\"group_id\":7,\"object\":{\"id\":1,\"from_id\":2}}");
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, boardWithoutTopic.kind);
    }

    @Test
    void telegramComment() {
        CommentEvent c = comment("tg_message.json");
        assertEquals("telegram", c.platform);
        assertEquals("-1001987654321", c.communityId);
        assertEquals("4790", c.postId);
        assertEquals("4821", c.commentId);
        assertEquals("5123456789", c.authorId);
        assertEquals(AuthorType.USER, c.authorType);
        assertEquals("905412377", c.eventId);
        assertEquals("Опять без воды! Сколько можно, @vodokanal_n", c.text);
        assertEquals(1735905600000L, c.timestampMillis);
    }

    @Test
    void telegramEditPostedAsChannelUsesCaptionAndTheChannelAsAuthor() {
        CommentEvent c = comment("tg_edited_channel_author.json");
        assertTrue(c.edit);
        assertEquals("-1005550001111", c.authorId);
        assertEquals(AuthorType.CHANNEL, c.authorType);
        assertEquals("Скидки 90% по ссылке t.me/sale_n", c.text);
    }

    @Test
    void telegramNonComments() {
        assertEquals(ParseOutcome.Kind.IGNORED, parser.parse(sample("tg_auto_forward.json"), 0).kind);
        assertEquals(ParseOutcome.Kind.POST, parser.parse(sample("tg_channel_post.json"), 0).kind);
        assertEquals(ParseOutcome.Kind.IGNORED, parser.parse(sample("tg_anonymous_admin.json"), 0).kind);
        assertEquals(ParseOutcome.Kind.IGNORED, parse("{\"update_id\":1,\"message\":{\"message_id\":1,"
                + "\"from\":{\"id\":5},\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi\"}}").kind);
        assertEquals(ParseOutcome.Kind.IGNORED, parse("{\"update_id\":1,\"my_chat_member\":{}}").kind);
        ParseOutcome noChat = parse("{\"update_id\":1,\"message\":{\"message_id\":1,\"from\":{\"id\":5},\"text\":\"hi\"}}");
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, noChat.kind);
        assertTrue(noChat.detail.contains("chat"), noChat.detail);
    }

    @Test
    void normalized() {
        CommentEvent c = comment("normalized_ok.json");
        assertEquals("ok", c.platform);
        assertEquals("55035273412858", c.communityId);
        assertEquals("157547387388922", c.postId);
        assertEquals("MTczNTkwNTgwMDo", c.commentId);
        assertEquals("577123456789", c.authorId);
        assertEquals("ok-1", c.eventId);
        assertEquals("GROUP_TOPIC", c.discussionType);
        assertEquals(Surface.DISCUSSION, c.surface);
        assertEquals(1735905800000L, c.timestampMillis);

        ParseOutcome numericIds = parse("{\"platform\":\"VK\",\"communityId\":218000001,\"postId\":1,\"commentId\":2,"
                + "\"authorId\":3,\"text\":\"т\",\"timestamp\":\"2025-01-03T15:03:20+03:00\"}");
        assertEquals("vk", numericIds.comment.platform);
        assertEquals("-218000001", numericIds.comment.ownerId);
        assertEquals(1735905800000L, numericIds.comment.timestampMillis);
        assertNull(numericIds.comment.eventId);
    }

    @Test
    void normalizedWithBadFields() {
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, parse("{\"platform\":\"vk\",\"communityId\":\"1\"}").kind);
        ParseOutcome badTime = parse("{\"platform\":\"vk\",\"communityId\":1,\"postId\":1,\"commentId\":2,"
                + "\"authorId\":3,\"text\":\"т\",\"timestamp\":\"yesterday\"}");
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, badTime.kind);
        assertTrue(badTime.detail.contains("ISO-8601"), badTime.detail);
        ParseOutcome badPlatform = parse("{\"platform\":\"myspace\",\"communityId\":1,\"postId\":1,\"commentId\":2,"
                + "\"authorId\":3,\"text\":\"т\",\"timestamp\":\"2025-01-03T12:00:00Z\"}");
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, badPlatform.kind);
    }

    @Test
    void garbage() {
        assertDeadLetter(parser.parse(null, 0), "empty record");
        assertDeadLetter(parse("not json at all"), "invalid JSON");
        assertDeadLetter(parse("{\"a\":1"), "invalid JSON");
        assertDeadLetter(parse("[1,2,3]"), "not a JSON object");
        assertDeadLetter(parse("\"text\""), "not a JSON object");
        assertDeadLetter(parse("{\"hello\":\"world\"}"), "unknown format");
        assertDeadLetter(parser.parse(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 0),
                "invalid UTF-8");
        assertDeadLetter(parse("[".repeat(100_000)), "invalid JSON");
    }

    @Test
    void hugeCommentIsParsed() {
        String text = "очень длинный комментарий ".repeat(400_000); // ~10 M chars, ~19 MB of UTF-8
        ParseOutcome p = parse("{\"platform\":\"vk\",\"communityId\":1,\"postId\":1,\"commentId\":2,\"authorId\":3,"
                + "\"timestamp\":\"2025-01-03T12:00:00Z\",\"text\":\"" + text + "\"}");
        assertEquals(ParseOutcome.Kind.COMMENT, p.kind, p.toString().substring(0, 100));
        assertEquals(text.length(), p.comment.text.length());
    }

    @Test
    void deadLetterKeepsOriginalBytes() {
        RawRecord text = new RawRecord("не json".getBytes(StandardCharsets.UTF_8), "comments", 1, 77, 5);
        DeadLetter d = EventParser.deadLetter(text, "invalid JSON");
        assertEquals("utf8", d.payloadEncoding);
        assertEquals("не json", d.payload);
        assertEquals("comments", d.topic);
        assertEquals(1, d.partition);
        assertEquals(77, d.offset);
        assertFalse(d.truncated);

        byte[] binary = {(byte) 0xFF, (byte) 0xFE, 0, 1};
        DeadLetter b = EventParser.deadLetter(new RawRecord(binary, "comments", 0, 1, 5), "invalid UTF-8");
        assertEquals("base64", b.payloadEncoding);
        assertEquals(4, Base64.getDecoder().decode(b.payload).length);
    }

    private static void assertDeadLetter(ParseOutcome p, String reasonPrefix) {
        assertEquals(ParseOutcome.Kind.DEAD_LETTER, p.kind, p.toString());
        assertTrue(p.detail.startsWith(reasonPrefix), p.detail);
    }
}
