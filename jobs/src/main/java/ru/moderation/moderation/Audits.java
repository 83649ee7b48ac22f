package ru.moderation.moderation;

import ru.moderation.ingest.CommentEvent;

/** Builds audit records. */
public final class Audits {
    private Audits() {}

    public static AuditRecord of(ClassifiedComment in, String decision, int strikes, Policy policy, String[] actionIds,
            long now) {
        CommentEvent c = in.comment;
        AuditRecord r = new AuditRecord();
        r.decision = decision;
        r.platform = c.platform;
        r.eventType = c.eventType;
        r.eventId = c.eventId;
        r.communityId = c.communityId;
        r.postId = c.postId;
        r.commentId = c.commentId;
        r.authorId = c.authorId;
        String text = c.text == null ? "" : c.text;
        r.textLength = text.length();
        r.text = text.length() > AuditRecord.MAX_TEXT ? text.substring(0, AuditRecord.MAX_TEXT) : text;
        r.categories = in.categories;
        r.evidence = in.evidence;
        r.strikes = strikes;
        r.policyName = policy == null ? null : policy.name();
        r.actionIds = actionIds;
        r.dictionaryVersion = in.dictionaryVersion;
        r.eventTimeMillis = c.timestampMillis;
        r.createdAtMillis = now;
        r.sourceTopic = c.sourceTopic;
        r.sourcePartition = c.sourcePartition;
        r.sourceOffset = c.sourceOffset;
        return r;
    }
}
