package ru.moderation.moderation;

import org.apache.flink.connector.base.DeliveryGuarantee;

import java.io.Serializable;
import java.time.Duration;

/** Everything the moderation job is configured with; defaults are the documented ones. */
public class JobConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    public String bootstrapServers = "127.0.0.1:9092";
    public String inputTopic = "comments";
    public String actionsTopic = "moderation-actions";
    public String auditTopic = "moderation-audit";
    public String deadLetterTopic = "moderation-dead-letter";
    public String groupId = "comment-moderation";
    public DeliveryGuarantee deliveryGuarantee = DeliveryGuarantee.EXACTLY_ONCE;
    /** Each sink appends its role; must be unique per job on a cluster so transactions do not fence each other. */
    public String transactionalIdPrefix = "comment-moderation";
    /** Must not exceed the broker's transaction.max.timeout.ms (15 min by default). */
    public Duration transactionTimeout = Duration.ofMinutes(10);
    public int parallelism = 2;
    public int maxParallelism = 128;
    /** Exactly-once output becomes visible to read_committed consumers once per checkpoint. */
    public Duration checkpointInterval = Duration.ofSeconds(2);
    /** A file: URI; null leaves the cluster's configured checkpoint directory. */
    public String checkpointDir;
    /** How long a network buffer may wait to fill; low values trade throughput for latency. */
    public Duration bufferTimeout = Duration.ofMillis(20);
    public Policies policies = Policies.defaults();
    /** The same text with some spam evidence from this many authors within the window is a mailing. */
    public MassMailing.Settings massMailing = MassMailing.Settings.defaults();
    /** Comments classified together and the longest wait of the first one; adds at most that wait to latency. */
    public ClassifyOperator.Batching classifyBatching = ClassifyOperator.Batching.defaults();

    public JobConfig() {}
}
