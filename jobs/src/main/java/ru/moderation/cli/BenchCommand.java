package ru.moderation.cli;

import ru.moderation.kafka.EmbeddedKafka;
import ru.moderation.kafka.KafkaIO;
import ru.moderation.kafka.ModerationKafkaJob;
import ru.moderation.moderation.JobConfig;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bench}: end-to-end figures on the embedded setup (in-JVM KRaft broker, local MiniCluster with
 * RocksDB and checkpoints). Throughput is read from the committed output: the time between 10 % and
 * 90 % of the expected audit records becoming visible to a read_committed consumer, so job start-up
 * and the last checkpoint are not counted.
 */
final class BenchCommand {
    private BenchCommand() {}

    /** Records produced in the first seconds (JIT compilation, first checkpoint) are not measured. */
    private static final long WARMUP_MS = 10_000;
    /** Prints the worst latency per 100 ms of produce time, to see whether slow records cluster. */
    private static final boolean DEBUG = Boolean.getBoolean("bench.debug");
    private static final java.util.concurrent.ConcurrentSkipListMap<Long, Long> SLOW =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    static final String USAGE = """
            usage: java -jar jobs/target/comment-moderation.jar bench [options]
              --records N          comments for the throughput runs (default 1000000)
              --rate R             comments/s for the latency run (default 5000)
              --latency-seconds S  length of the latency run (default 40, the first 10 s are warm-up)
              --parallelism P      default 2
              --only LIST          comma-separated subset of: exactly-once,identity,latency
            """;

    static int run(String[] args) throws Exception {
        long records = 1_000_000;
        int rate = 5000;
        int latencySeconds = 40;
        int parallelism = 2;
        List<String> only = List.of("exactly-once", "identity", "latency");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> records = Long.parseLong(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--latency-seconds" -> latencySeconds = Integer.parseInt(args[++i]);
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                case "--only" -> only = Arrays.asList(args[++i].split(","));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    System.err.println("bench: unknown option " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
        }
        Path checkpoints = Files.createTempDirectory("moderation-bench-ckpt-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(2)) {
            String bs = kafka.bootstrapServers();
            System.out.println("bootstrap.servers=" + bs + "  parallelism=" + parallelism + "  cores="
                    + Runtime.getRuntime().availableProcessors());
            double eo = 0;
            double id = 0;
            if (only.contains("exactly-once") || only.contains("identity")) {
                kafka.createTopics(2, "bench-comments");
                long t0 = System.nanoTime();
                produceAll(bs, "bench-comments", records);
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("produced %,d comments in %.1f s (%,.0f/s)%n", records, secs, records / secs);
                if (only.contains("exactly-once")) {
                    eo = throughput(kafka, "bench-comments", "bench-eo", records, parallelism, false, checkpoints);
                    System.out.printf("moderation, exactly-once: %,.0f comments/s%n", eo);
                }
                if (only.contains("identity")) {
                    id = throughput(kafka, "bench-comments", "bench-id", records, parallelism, true, checkpoints);
                    System.out.printf("identity (Kafka -> parse -> serialize -> Kafka), exactly-once: %,.0f comments/s%n", id);
                }
                if (eo > 0 && id > 0) {
                    System.out.printf("moderation / identity = %.2f%n", eo / id);
                }
            }
            if (only.contains("latency")) {
                latency(kafka, rate, latencySeconds, parallelism, checkpoints);
            }
        } finally {
            try (var s = Files.walk(checkpoints)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return 0;
    }

    private static void produceAll(String bs, String topic, long n) {
        BenchCorpus corpus = new BenchCorpus(42);
        try (KafkaProducer<byte[], byte[]> p = Topics.producer(bs, Map.of("linger.ms", "20", "batch.size", "524288",
                "acks", "1"))) {
            for (long i = 0; i < n; i++) {
                Topics.send(p, topic, corpus.next(i));
            }
            p.flush();
        }
    }

    private static JobConfig config(String bs, String name, int parallelism, Path checkpoints) {
        JobConfig c = new JobConfig();
        c.bootstrapServers = bs;
        c.actionsTopic = name + "-actions";
        c.auditTopic = name + "-audit";
        c.deadLetterTopic = name + "-dead-letter";
        c.groupId = name;
        c.transactionalIdPrefix = name;
        c.parallelism = parallelism;
        c.checkpointDir = checkpoints.resolve(name).toUri().toString();
        return c;
    }

    /** Runs the job over the whole input topic and measures when its audit records become committed. */
    private static double throughput(EmbeddedKafka kafka, String input, String name, long n, int parallelism,
            boolean identity, Path checkpoints) throws Exception {
        JobConfig c = config(kafka.bootstrapServers(), name, parallelism, checkpoints);
        c.inputTopic = input;
        c.deliveryGuarantee = DeliveryGuarantee.EXACTLY_ONCE;
        kafka.createTopics(2, c.actionsTopic, c.auditTopic, c.deadLetterTopic);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(ModerationKafkaJob.flinkConfig(c));
        ModerationKafkaJob.wire(env, c, KafkaIO.source(c, OffsetsInitializer.earliest(), OffsetsInitializer.latest()),
                null, identity);
        JobClient job = env.executeAsync(name);
        List<long[]> samples = new ArrayList<>(); // {nanoTime, committed audit records}
        try (KafkaConsumer<byte[], byte[]> consumer = Topics.consumer(kafka.bootstrapServers())) {
            List<TopicPartition> parts = Topics.partitions(consumer, c.auditTopic);
            long seen = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (seen < n && System.nanoTime() < deadline) {
                seen = Topics.sum(consumer.endOffsets(parts));
                samples.add(new long[] {System.nanoTime(), seen});
                Thread.sleep(50);
            }
            if (seen < n) {
                throw new IllegalStateException(name + ": only " + seen + " of " + n + " audit records after 10 minutes");
            }
        }
        job.getJobExecutionResult().get(2, TimeUnit.MINUTES);
        // audit end offsets also count transaction markers (one per partition per checkpoint per sink), so the
        // count above can reach n slightly early; the 10 %..90 % window is unaffected by that small excess
        long t10 = firstAtLeast(samples, n / 10);
        long t90 = firstAtLeast(samples, n * 9 / 10);
        return (n * 0.8) / ((t90 - t10) / 1e9);
    }

    private static long firstAtLeast(List<long[]> samples, long count) {
        for (long[] s : samples) {
            if (s[1] >= count) {
                return s[0];
            }
        }
        throw new IllegalStateException("never reached " + count);
    }

    /** At-least-once, a fixed input rate, produce-to-visible latency of actions and of audit records. */
    private static void latency(EmbeddedKafka kafka, int rate, int seconds, int parallelism, Path checkpoints)
            throws Exception {
        String bs = kafka.bootstrapServers();
        JobConfig c = config(bs, "bench-lat", parallelism, checkpoints);
        c.inputTopic = "bench-lat-comments";
        c.deliveryGuarantee = DeliveryGuarantee.AT_LEAST_ONCE;
        c.bufferTimeout = Duration.ofMillis(2);
        c.checkpointInterval = Duration.ofMillis(Long.getLong("bench.latencyCheckpointMs", 10_000));
        kafka.createTopics(2, c.inputTopic, c.actionsTopic, c.auditTopic, c.deadLetterTopic);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(ModerationKafkaJob.flinkConfig(c));
        ModerationKafkaJob.wire(env, c, KafkaIO.source(c, OffsetsInitializer.latest(), null), null, false);
        JobClient job = env.executeAsync("bench-latency");
        Thread.sleep(5000); // let the source get its partitions before producing

        AtomicBoolean done = new AtomicBoolean();
        long warmupEnd = System.currentTimeMillis() + WARMUP_MS;
        long[] actionLat = new long[rate * seconds];
        long[] auditLat = new long[rate * seconds];
        int[] counts = new int[2];
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<byte[], byte[]> consumer = Topics.consumer(bs)) {
                List<TopicPartition> parts = new ArrayList<>(Topics.partitions(consumer, c.actionsTopic));
                parts.addAll(Topics.partitions(consumer, c.auditTopic));
                consumer.assign(parts);
                consumer.seekToEnd(parts);
                parts.forEach(consumer::position);
                while (!done.get()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.currentTimeMillis();
                        if (r.timestamp() < warmupEnd) {
                            continue;
                        }
                        int k = r.topic().equals(c.actionsTopic) ? 0 : 1;
                        long[] into = k == 0 ? actionLat : auditLat;
                        if (counts[k] < into.length) {
                            into[counts[k]++] = now - r.timestamp();
                        }
                        if (k == 1 && DEBUG) {
                            SLOW.merge(r.timestamp() / 100 * 100, now - r.timestamp(), Math::max);
                        }
                    }
                }
            }
        }, "latency-reader");
        reader.start();

        BenchCorpus corpus = new BenchCorpus(7);
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        try (KafkaProducer<byte[], byte[]> p = Topics.producer(bs, Map.of("linger.ms", "0", "acks", "1"))) {
            long start = System.nanoTime();
            for (long i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 200_000) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                Topics.send(p, c.inputTopic, corpus.next(i));
            }
            p.flush();
            double achieved = total / ((System.nanoTime() - start) / 1e9);
            System.out.printf("latency run: produced %,d comments at %,.0f/s (target %,d/s), at-least-once%n", total,
                    achieved, rate);
        }
        Thread.sleep(3000); // the tail of the stream
        done.set(true);
        reader.join();
        job.cancel().get(30, TimeUnit.SECONDS);
        if (DEBUG) {
            SLOW.forEach((t, max) -> {
                if (max > 60) {
                    System.out.println("slow bucket " + (t % 100_000) + " max " + max);
                }
            });
        }
        report("actions (produce -> action visible)", actionLat, counts[0]);
        report("audit   (produce -> decision visible)", auditLat, counts[1]);
    }

    private static void report(String what, long[] values, int n) {
        if (n == 0) {
            System.out.println(what + ": no records");
            return;
        }
        long[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        System.out.printf("%s: n=%,d  p50=%d ms  p99=%d ms  max=%d ms%n", what, n, v[n / 2],
                v[Math.min(n - 1, (int) (n * 0.99))], v[n - 1]);
    }
}
