package ru.moderation.moderation;

import ru.moderation.ingest.AuthorType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API call that executes an action on its platform (method + parameters, as the platform
 * documents them), so an executor needs no platform knowledge of its own. Numeric ids become JSON
 * numbers (Long values); opaque ids stay strings.
 */
public final class PlatformCalls {
    public static final String VK_API_VERSION = "5.199";

    private PlatformCalls() {}

    /** A platform API call. */
    public record Call(String method, Map<String, Object> params) {}

    public static Call of(Action a) {
        return switch (a.platform) {
            case "vk" -> vk(a);
            case "telegram" -> telegram(a);
            case "ok" -> ok(a);
            default -> throw new IllegalArgumentException("unknown platform " + a.platform);
        };
    }

    private static Call vk(Action a) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (a.type == ActionType.DELETE_COMMENT) {
            String method;
            switch (a.surface) {
                case BOARD -> {
                    // board.deleteComment takes the positive group id and the topic, unlike the others
                    method = "board.deleteComment";
                    p.put("group_id", num(stripMinus(a.ownerId)));
                    p.put("topic_id", num(a.postId));
                    p.put("comment_id", num(a.commentId));
                }
                case PHOTO, VIDEO, MARKET, WALL -> {
                    method = switch (a.surface) {
                        case PHOTO -> "photos.deleteComment";
                        case VIDEO -> "video.deleteComment";
                        case MARKET -> "market.deleteComment";
                        default -> "wall.deleteComment";
                    };
                    p.put("owner_id", num(a.ownerId));
                    p.put("comment_id", num(a.commentId));
                }
                default -> throw new IllegalArgumentException("vk comment on " + a.surface);
            }
            p.put("v", VK_API_VERSION);
            return new Call(method, p);
        }
        p.put("group_id", num(stripMinus(a.communityId)));
        p.put("owner_id", num(a.authorId)); // negative for a community author, as groups.ban expects
        if (a.banUntilMillis > 0) {
            p.put("end_date", a.banUntilMillis / 1000);
        }
        p.put("reason", vkBanReason(a.categories));
        p.put("comment", Reasons.banCommentForUser(a.categories));
        p.put("comment_visible", 1);
        p.put("v", VK_API_VERSION);
        return new Call("groups.ban", p);
    }

    private static Call telegram(Action a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("chat_id", num(a.communityId));
        if (a.type == ActionType.DELETE_COMMENT) {
            p.put("message_id", num(a.commentId));
            return new Call("deleteMessage", p);
        }
        if (a.authorType != null && a.authorType != AuthorType.USER) {
            // a comment posted as a channel: only the channel can be banned, and only forever
            p.put("sender_chat_id", num(a.authorId));
            return new Call("banChatSenderChat", p);
        }
        p.put("user_id", num(a.authorId));
        if (a.banUntilMillis > 0) {
            p.put("until_date", a.banUntilMillis / 1000);
        }
        p.put("revoke_messages", false);
        return new Call("banChatMember", p);
    }

    private static Call ok(Action a) {
        // OK has no ban method: blacklisting is the block_author flag of deleting a comment
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("discussionId", a.postId);
        p.put("discussionType", a.discussionType == null ? "GROUP_TOPIC" : a.discussionType);
        p.put("comment_id", a.commentId);
        p.put("mark_as_spam", a.categories != null && Arrays.asList(a.categories).contains("SPAM"));
        p.put("block_author", a.type != ActionType.DELETE_COMMENT);
        return new Call("discussions.deleteDiscussionComment", p);
    }

    /** groups.ban reason: 1 spam, 2 insult/verbal abuse, 3 obscene language, 0 other. */
    static int vkBanReason(String[] categories) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        if (categories == null) {
            return 0;
        }
        for (String c : categories) {
            int code;
            int rank;
            switch (c) {
                case "OBSCENITY" -> { code = 3; rank = 0; }
                case "INSULT" -> { code = 2; rank = 1; }
                case "HATE" -> { code = 2; rank = 2; }
                case "SPAM" -> { code = 1; rank = 3; }
                default -> { code = 0; rank = 4; }
            }
            if (rank < bestRank) {
                best = code;
                bestRank = rank;
            }
        }
        return best;
    }

    private static String stripMinus(String id) {
        return id != null && id.startsWith("-") ? id.substring(1) : id;
    }

    /** A decimal id as a Long (JSON number), anything else unchanged. */
    static Object num(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
