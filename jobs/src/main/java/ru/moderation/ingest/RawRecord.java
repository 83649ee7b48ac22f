package ru.moderation.ingest;

/**
 * One Kafka record exactly as it arrived. The coordinates travel with the bytes so that a record that
 * cannot be parsed can be sent to the dead-letter topic without losing where it came from.
 */
public class RawRecord {
    public byte[] value;
    public String topic;
    public int partition;
    public long offset;
    /** Kafka record timestamp (ms); used as a fallback event time and for produce-to-action latency. */
    public long timestamp;

    public RawRecord() {}

    public RawRecord(byte[] value, String topic, int partition, long offset, long timestamp) {
        this.value = value;
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.timestamp = timestamp;
    }
}
