package ru.moderation.ingest;

/** A record the job could not use, kept with enough context to inspect and replay it. */
public class DeadLetter {
    public String topic;
    public int partition;
    public long offset;
    public long timestamp;
    public String reason;
    /** The original bytes: UTF-8 text when valid, else base64 (see {@link #payloadEncoding}). */
    public String payload;
    /** {@code utf8} or {@code base64}. */
    public String payloadEncoding;
    public int payloadLength;
    /** True when only the first bytes were kept so the dead letter itself fits a Kafka record. */
    public boolean truncated;

    public DeadLetter() {}
}
