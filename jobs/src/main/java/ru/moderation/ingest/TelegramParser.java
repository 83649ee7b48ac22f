package ru.moderation.ingest;

import static ru.moderation.ingest.EventParser.epochSecondsToMillis;
import static ru.moderation.ingest.EventParser.id;
import static ru.moderation.ingest.EventParser.object;
import static ru.moderation.ingest.EventParser.optId;
import static ru.moderation.ingest.EventParser.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Telegram Bot API {@code Update}s. Comments on a channel are messages in its linked discussion
 * supergroup; the channel's own posts arrive there as automatic forwards, which are not user content.
 */
final class TelegramParser {
    private TelegramParser() {}

    static ParseOutcome parse(JsonNode root, long fallbackTime) {
        String updateId = id(root, "update_id", "telegram update");
        String kind;
        boolean edit;
        if (root.has("message")) {
            kind = "message";
            edit = false;
        } else if (root.has("edited_message")) {
            kind = "edited_message";
            edit = true;
        } else if (root.has("channel_post") || root.has("edited_channel_post")) {
            return ParseOutcome.post("telegram channel_post");
        } else {
            return ParseOutcome.ignored("telegram update without a message");
        }
        String where = "telegram " + kind;
        JsonNode m = object(root, kind, where);
        JsonNode chat = object(m, "chat", where);
        String chatId = id(chat, "id", where + ".chat");
        String messageId = id(m, "message_id", where);
        String chatType = text(chat, "type");
        if (!"supergroup".equals(chatType) && !"group".equals(chatType)) {
            return ParseOutcome.ignored("telegram " + (chatType == null ? "chat without type" : chatType + " chat"));
        }
        JsonNode auto = m.get("is_automatic_forward");
        if (auto != null && auto.asBoolean(false)) {
            return ParseOutcome.ignored("telegram automatic forward of a channel post");
        }

        JsonNode from = m.get("from");
        JsonNode senderChat = m.get("sender_chat");
        String fromId = from != null && from.isObject() ? optId(from, "id") : null;
        String senderChatId = senderChat != null && senderChat.isObject() ? optId(senderChat, "id") : null;
        String authorId;
        AuthorType authorType;
        if (senderChatId != null && senderChatId.equals(chatId)) {
            // GroupAnonymousBot: an anonymous administrator of this very group, not a member to moderate
            return ParseOutcome.ignored("telegram anonymous group administrator");
        } else if (senderChatId != null
                && (fromId == null || fromId.equals(Long.toString(EventParser.TELEGRAM_CHANNEL_BOT))
                        || fromId.equals(Long.toString(EventParser.TELEGRAM_SERVICE)))) {
            // a user writing as one of their channels: the channel is the author (banChatSenderChat)
            authorId = senderChatId;
            authorType = AuthorType.CHANNEL;
        } else if (fromId != null) {
            if (fromId.equals(Long.toString(EventParser.TELEGRAM_SERVICE))
                    || fromId.equals(Long.toString(EventParser.TELEGRAM_ANONYMOUS_ADMIN))) {
                return ParseOutcome.ignored("telegram service account " + fromId);
            }
            authorId = fromId;
            authorType = AuthorType.USER;
        } else {
            throw new EventParser.MissingField(where + ": missing 'from' and 'sender_chat'");
        }

        CommentEvent c = new CommentEvent();
        c.platform = "telegram";
        c.eventType = kind;
        c.edit = edit;
        c.eventId = updateId;
        c.surface = Surface.CHAT;
        c.communityId = chatId;
        c.ownerId = chatId;
        c.postId = optId(m, "message_thread_id");
        c.commentId = messageId;
        c.authorId = authorId;
        c.authorType = authorType;
        String t = text(m, "text");
        if (t == null) {
            t = text(m, "caption");
        }
        c.text = t == null ? "" : t;
        c.timestampMillis = epochSecondsToMillis(m, "date", fallbackTime);
        return ParseOutcome.comment(c);
    }
}
