package ru.moderation.kafka;

import ru.moderation.ingest.RawRecord;
import ru.moderation.moderation.JobConfig;
import ru.moderation.moderation.ModerationWorkflow;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.function.UnaryOperator;

/** Wires the moderation workflow between Kafka topics and sets the Flink configuration it relies on. */
public final class ModerationKafkaJob {
    private ModerationKafkaJob() {}

    /**
     * Flink 2.x configuration keys: RocksDB with incremental checkpoints, exactly-once checkpointing, a
     * bounded restart strategy. Used for the local MiniCluster, the tests and the benchmark.
     */
    public static Configuration flinkConfig(JobConfig c) {
        Configuration conf = new Configuration();
        conf.setString("state.backend.type", "rocksdb");
        conf.setString("execution.checkpointing.incremental", "true");
        // every checkpoint flushes the memtable into a new SST file, and most strike look-ups are for
        // authors a file does not hold (a first violation); bloom filters let those skip the file
        conf.setString("state.backend.rocksdb.use-bloom-filter", "true");
        conf.setString("execution.checkpointing.interval", c.checkpointInterval.toMillis() + " ms");
        conf.setString("execution.checkpointing.mode", "EXACTLY_ONCE");
        conf.setString("execution.checkpointing.min-pause", "0 ms");
        if (c.checkpointDir != null) {
            conf.setString("execution.checkpointing.storage", "filesystem");
            conf.setString("execution.checkpointing.dir", c.checkpointDir);
        }
        conf.setString("parallelism.default", Integer.toString(c.parallelism));
        conf.setString("pipeline.max-parallelism", Integer.toString(c.maxParallelism));
        // every type on the wire is a POJO or a basic type; Kryo creeping in would be a silent slowdown
        conf.setString("pipeline.generic-types", "false");
        // no function keeps a reference to a record after emitting it, so chained operators may pass
        // objects on instead of deep-copying each one through its serializer
        conf.setString("pipeline.object-reuse", "true");
        conf.setString("execution.buffer-timeout.interval", c.bufferTimeout.toMillis() + " ms");
        conf.setString("restart-strategy.type", "fixed-delay");
        conf.setString("restart-strategy.fixed-delay.attempts", "10");
        conf.setString("restart-strategy.fixed-delay.delay", "1 s");
        return conf;
    }

    /** Adds the moderation job (or the identity ceiling) reading {@code source} to {@code env}. */
    public static void wire(StreamExecutionEnvironment env, JobConfig c, KafkaSource<RawRecord> source,
            UnaryOperator<DataStream<RawRecord>> decorate, boolean identity) {
        env.setMaxParallelism(c.maxParallelism);
        env.getConfig().enableObjectReuse(); // see flinkConfig: no function holds on to a record
        DataStream<RawRecord> raw = env.fromSource(source, WatermarkStrategy.noWatermarks(), "comments source")
                .uid("comments-source")
                .name("comments source");
        if (decorate != null) {
            raw = decorate.apply(raw);
        }
        if (identity) {
            ModerationWorkflow.defineIdentity(raw, KafkaIO.sinks(c));
        } else {
            ModerationWorkflow.define(raw, c.policies, c.massMailing, c.classifyBatching, KafkaIO.sinks(c));
        }
    }
}
