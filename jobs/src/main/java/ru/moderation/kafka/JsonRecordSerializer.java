package ru.moderation.kafka;

import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * Writes one JSON object per record. The Flink record timestamp (the input's Kafka timestamp, carried
 * through the pipeline) becomes the output record's timestamp, which is what the latency benchmark reads.
 */
public class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {
    private static final long serialVersionUID = 1L;

    private final String topic;
    private final SerializableFunction<T, byte[]> toJson;
    private final SerializableFunction<T, String> toKey;

    public JsonRecordSerializer(String topic, SerializableFunction<T, byte[]> toJson, SerializableFunction<T, String> toKey) {
        this.topic = topic;
        this.toJson = toJson;
        this.toKey = toKey;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long timestamp) {
        String key = toKey == null ? null : toKey.apply(element);
        return new ProducerRecord<>(topic, null, timestamp, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                toJson.apply(element));
    }
}
