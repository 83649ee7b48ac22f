package ru.moderation.kafka;

import ru.moderation.ingest.DeadLetter;
import ru.moderation.ingest.RawRecord;
import ru.moderation.moderation.Action;
import ru.moderation.moderation.AuditRecord;
import ru.moderation.moderation.JobConfig;
import ru.moderation.moderation.ModerationWorkflow;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.util.function.SerializableFunction;

import java.util.Properties;

/** Kafka sources and sinks of the moderation job. */
public final class KafkaIO {
    private KafkaIO() {}

    /**
     * The comments source. {@code stop} null means unbounded; otherwise the source finishes at those
     * offsets (used by {@code local --input}, the tests and the benchmark).
     */
    public static KafkaSource<RawRecord> source(JobConfig c, OffsetsInitializer start, OffsetsInitializer stop) {
        KafkaSourceBuilder<RawRecord> b = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(c.bootstrapServers)
                .setTopics(c.inputTopic)
                .setGroupId(c.groupId)
                .setStartingOffsets(start)
                .setDeserializer(new RawRecordDeserializer())
                // ingesters may write transactionally; never moderate what they rolled back
                .setProperty("isolation.level", "read_committed")
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperty("partition.discovery.interval.ms", stop == null ? "30000" : "-1");
        if (stop != null) {
            b.setBounded(stop);
        }
        return b.build();
    }

    public static ModerationWorkflow.Sinks sinks(JobConfig c) {
        return new ModerationWorkflow.Sinks() {
            @Override
            public Sink<Action> actions() {
                // keyed by author so one author's actions stay in order for an executor
                return sink(c, c.actionsTopic, "actions", OutputJson::action,
                        a -> a.platform + '|' + a.communityId + '|' + a.authorId);
            }

            @Override
            public Sink<AuditRecord> audit(String role) {
                return sink(c, c.auditTopic, "audit-" + role, OutputJson::audit,
                        r -> r.platform + '|' + r.communityId + '|' + r.commentId);
            }

            @Override
            public Sink<DeadLetter> deadLetters() {
                return sink(c, c.deadLetterTopic, "dead-letters", OutputJson::deadLetter, null);
            }
        };
    }

    static <T> KafkaSink<T> sink(JobConfig c, String topic, String role, SerializableFunction<T, byte[]> json,
            SerializableFunction<T, String> key) {
        Properties p = new Properties();
        p.setProperty("transaction.timeout.ms", Long.toString(c.transactionTimeout.toMillis()));
        // exactly-once output is visible only when a checkpoint commits, so waiting longer to fill a batch
        // costs no visible latency and means fewer produce requests for the broker
        p.setProperty("linger.ms", c.deliveryGuarantee == DeliveryGuarantee.EXACTLY_ONCE ? "50" : "5");
        p.setProperty("batch.size", "262144");
        // large comments produce large audit records; the audit text is cut at 4000 chars, so 4 MB is ample
        p.setProperty("max.request.size", "4194304");
        var b = KafkaSink.<T>builder()
                .setBootstrapServers(c.bootstrapServers)
                .setRecordSerializer(new JsonRecordSerializer<>(topic, json, key))
                .setDeliveryGuarantee(c.deliveryGuarantee)
                .setKafkaProducerConfig(p);
        if (c.deliveryGuarantee == DeliveryGuarantee.EXACTLY_ONCE) {
            b.setTransactionalIdPrefix(c.transactionalIdPrefix + "-" + role);
        }
        return b.build();
    }
}
