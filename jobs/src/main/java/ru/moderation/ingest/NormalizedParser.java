package ru.moderation.ingest;

import static ru.moderation.ingest.EventParser.anyId;
import static ru.moderation.ingest.EventParser.text;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * The documented normalized form for sources that push nothing themselves (OK comments polled by an
 * ingester) and for tests: {@code {"platform","communityId","postId","commentId","authorId","text",
 * "timestamp"}} plus optional {@code eventId}, {@code edit}, {@code authorType}, {@code discussionType}.
 */
final class NormalizedParser {
    private NormalizedParser() {}

    static ParseOutcome parse(JsonNode root) {
        String where = "normalized";
        String platform = text(root, "platform");
        if (platform == null) {
            throw new EventParser.MissingField(where + ": 'platform' is not a string");
        }
        platform = platform.toLowerCase(Locale.ROOT);
        if (!platform.equals("vk") && !platform.equals("telegram") && !platform.equals("ok")) {
            throw new EventParser.MissingField(where + ": unknown platform '"
                    + (platform.length() > 20 ? platform.substring(0, 20) : platform) + "' (vk, telegram, ok)");
        }
        CommentEvent c = new CommentEvent();
        c.platform = platform;
        c.eventType = "normalized";
        c.communityId = anyId(root, "communityId", where);
        c.postId = anyId(root, "postId", where);
        c.commentId = anyId(root, "commentId", where);
        c.authorId = anyId(root, "authorId", where);
        String text = text(root, "text");
        if (text == null) {
            throw new EventParser.MissingField(where + ": 'text' is not a string");
        }
        c.text = text;
        String ts = text(root, "timestamp");
        if (ts == null) {
            throw new EventParser.MissingField(where + ": 'timestamp' is not a string");
        }
        c.timestampMillis = EventParser.isoToMillis(ts, where);
        JsonNode eventId = root.get("eventId");
        c.eventId = eventId != null && !eventId.isNull() ? eventId.asText() : null;
        JsonNode edit = root.get("edit");
        c.edit = edit != null && edit.asBoolean(false);
        switch (platform) {
            case "vk" -> {
                c.surface = Surface.WALL;
                c.ownerId = "-" + c.communityId;
            }
            case "telegram" -> {
                c.surface = Surface.CHAT;
                c.ownerId = c.communityId;
            }
            default -> {
                c.surface = Surface.DISCUSSION;
                c.ownerId = c.communityId;
                String dt = text(root, "discussionType");
                c.discussionType = dt != null ? dt : "GROUP_TOPIC";
            }
        }
        String at = text(root, "authorType");
        if (at != null) {
            try {
                c.authorType = AuthorType.valueOf(at.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new EventParser.MissingField(where + ": unknown authorType (user, community, channel)");
            }
        } else {
            c.authorType = c.authorId.startsWith("-") ? AuthorType.COMMUNITY : AuthorType.USER;
        }
        return ParseOutcome.comment(c);
    }
}
