package ru.moderation.ingest;

import static ru.moderation.ingest.EventParser.epochSecondsToMillis;
import static ru.moderation.ingest.EventParser.id;
import static ru.moderation.ingest.EventParser.object;
import static ru.moderation.ingest.EventParser.optId;
import static ru.moderation.ingest.EventParser.text;

import com.fasterxml.jackson.databind.JsonNode;

/** VK Callback API envelopes ({@code {"type","object","group_id","event_id","v","secret"}}). */
final class VkParser {
    private VkParser() {}

    static ParseOutcome parse(JsonNode root, long fallbackTime) {
        JsonNode typeNode = root.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new EventParser.MissingField("vk: 'type' is not a string");
        }
        String type = typeNode.asText();
        Surface surface = surfaceOf(type);
        if (surface == null) {
            if (EventParser.isVkPost(type)) {
                return ParseOutcome.post("vk " + type);
            }
            return ParseOutcome.ignored("vk " + (type.length() > 40 ? type.substring(0, 40) : type));
        }
        String where = "vk " + type;
        String groupId = id(root, "group_id", where);
        JsonNode o = object(root, "object", where);

        CommentEvent c = new CommentEvent();
        c.platform = "vk";
        c.eventType = type;
        c.edit = type.endsWith("_edit") || type.endsWith("_restore");
        c.eventId = text(root, "event_id");
        c.surface = surface;
        c.communityId = groupId.startsWith("-") ? groupId.substring(1) : groupId;
        c.commentId = id(o, "id", where);
        c.authorId = id(o, "from_id", where);
        c.authorType = c.authorId.startsWith("-") ? AuthorType.COMMUNITY : AuthorType.USER;
        String t = text(o, "text");
        c.text = t == null ? "" : t; // attachment-only comments have no text, they are still comments
        c.timestampMillis = epochSecondsToMillis(o, "date", fallbackTime);
        switch (surface) {
            case WALL -> {
                String owner = optId(o, "owner_id");
                if (owner == null) {
                    owner = optId(o, "post_owner_id"); // seen in real payloads instead of owner_id
                }
                c.ownerId = owner != null ? owner : "-" + c.communityId;
                c.postId = optId(o, "post_id");
            }
            case PHOTO -> {
                c.ownerId = id(o, "photo_owner_id", where);
                c.postId = id(o, "photo_id", where);
            }
            case VIDEO -> {
                c.ownerId = id(o, "video_owner_id", where);
                c.postId = id(o, "video_id", where);
            }
            case MARKET -> {
                c.ownerId = id(o, "market_owner_id", where);
                c.postId = id(o, "item_id", where);
            }
            case BOARD -> {
                String owner = optId(o, "topic_owner_id");
                c.ownerId = owner != null ? owner : "-" + c.communityId;
                c.postId = id(o, "topic_id", where); // board.deleteComment cannot work without it
            }
            default -> throw new IllegalStateException(surface.toString());
        }
        return ParseOutcome.comment(c);
    }

    private static Surface surfaceOf(String type) {
        return switch (type) {
            case "wall_reply_new", "wall_reply_edit", "wall_reply_restore" -> Surface.WALL;
            case "photo_comment_new", "photo_comment_edit", "photo_comment_restore" -> Surface.PHOTO;
            case "video_comment_new", "video_comment_edit", "video_comment_restore" -> Surface.VIDEO;
            case "board_post_new", "board_post_edit", "board_post_restore" -> Surface.BOARD;
            case "market_comment_new", "market_comment_edit", "market_comment_restore" -> Surface.MARKET;
            default -> null;
        };
    }
}
