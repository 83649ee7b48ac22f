package ru.moderation.moderation;

/** The decision taken on one comment, clean ones included: the legal record of what was done and why. */
public class AuditRecord {
    /** Text longer than this is cut in the audit record, which must always fit in a Kafka record. */
    public static final int MAX_TEXT = 4000;

    public String decision;
    public String platform;
    public String eventType;
    public String eventId;
    public String communityId;
    public String postId;
    public String commentId;
    public String authorId;
    public String text;
    public int textLength;
    public String[] categories;
    public Evidence[] evidence;
    public int strikes;
    public String policyName;
    public String[] actionIds;
    public String dictionaryVersion;
    public long eventTimeMillis;
    public long createdAtMillis;
    public String sourceTopic;
    public int sourcePartition;
    public long sourceOffset;

    public AuditRecord() {}
}
