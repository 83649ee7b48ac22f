package ru.moderation.ingest;

/**
 * A user comment from any platform, normalized. Ids are strings because OK ids are opaque strings and
 * Telegram ids exceed 32 bits; platform calls turn them back into numbers where the API wants numbers.
 * A public-field POJO so Flink serializes it without Kryo.
 */
public class CommentEvent {
    /** {@code vk}, {@code telegram} or {@code ok}. */
    public String platform;
    /** VK {@code event_id}, Telegram {@code update_id}, normalized {@code eventId}; null when absent. */
    public String eventId;
    /** The source event type, e.g. {@code wall_reply_edit}, {@code edited_message}, {@code normalized}. */
    public String eventType;
    /** True when the event re-delivers changed text of an existing comment (edit or restore). */
    public boolean edit;
    /** Where the comment lives; decides the platform call: see {@link Surface}. */
    public Surface surface;
    public String communityId;
    /**
     * VK: owner id of the commented object (negative for a community); Telegram: chat id; OK: unused.
     */
    public String ownerId;
    /** VK post / photo / video / topic id; Telegram thread id; OK discussion id. May be null. */
    public String postId;
    public String commentId;
    public String authorId;
    public AuthorType authorType;
    /** OK {@code discussionType} (e.g. GROUP_TOPIC); null elsewhere. */
    public String discussionType;
    public String text;
    /** When the comment was written (ms since epoch). */
    public long timestampMillis;
    public String sourceTopic;
    public int sourcePartition;
    public long sourceOffset;

    public CommentEvent() {}

    /** Strike scope: one counter per (platform, community, author). */
    public String strikeKey() {
        return platform + '|' + communityId + '|' + authorId;
    }

    /** Identity of the comment itself; VK comment ids are unique only per owner and surface. */
    public String commentKey() {
        return platform + '|' + surface + '|' + ownerId + '|' + scopeWithin(surface) + commentId;
    }

    private String scopeWithin(Surface s) {
        // board comments are unique per topic, everything else per owner
        return s == Surface.BOARD || s == Surface.DISCUSSION ? postId + '|' : "";
    }

    @Override
    public String toString() {
        return platform + ":" + communityId + "/" + postId + "/" + commentId + " by " + authorId + " '" + text + "'";
    }
}
