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
 * RocksDB and checkpoints). Throughput is read from the audit topic's growth: the time between 10 % and
 * 90 % of the expected audit records being written, so job start-up and the final checkpoint are not
 * counted.
 */
final class BenchCommand {
    private BenchCommand() {}

    /** Records produced in the first seconds (JIT compilation, first checkpoint) are not measured. */
    private static final long WARMUP_MS = 10_000;
    /** A round in which the JIT compiler kept more than this share of a core busy is not yet warm. */
    private static final double JIT_QUIET_CORES = 0.1;
    private static final int MAX_EXTRA_WARMUPS = 4;
    /** Prints the worst latency per 100 ms of produce time, to see whether slow records cluster. */
    private static final boolean DEBUG = Boolean.getBoolean("bench.debug");
    private static final java.util.concurrent.ConcurrentSkipListMap<Long, Long> SLOW =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    static final String USAGE = """
            usage: java -jar jobs/target/comment-moderation.jar bench [options]
              --records N          comments for the throughput runs (default 2000000)
              --rate R             comments/s for the latency run (default 5000)
              --latency-seconds S  length of the latency run (default 40, the first 10 s are warm-up)
              --parallelism P      default 2
              --checkpoint-interval MS  for the throughput runs (default 2000)
              --only LIST          comma-separated subset of: exactly-once,identity,latency
              --repeat K           measured throughput runs of each job, interleaved (default 5); the
                                   medians are reported, since single runs on a small machine vary by ±20 %
              --warmup-runs W      unmeasured rounds of both jobs first (default 1), and up to 4 more while
                                   the JIT compiler still keeps over 0.1 cores busy in a round: for the
                                   first minutes it compiles the broker, Flink and the classifier, and
                                   that CPU would be counted against whichever job runs then
            """;

    static int run(String[] args) throws Exception {
        long records = 2_000_000;
        int rate = 5000;
        int latencySeconds = 40;
        int parallelism = 2;
        long checkpointMs = 2000;
        List<String> only = List.of("exactly-once", "identity", "latency");
        int repeat = 5;
        int warmupRuns = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> records = Long.parseLong(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--latency-seconds" -> latencySeconds = Integer.parseInt(args[++i]);
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                case "--checkpoint-interval" -> checkpointMs = Long.parseLong(args[++i]);
                case "--only" -> only = Arrays.asList(args[++i].split(","));
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--warmup-runs" -> warmupRuns = Integer.parseInt(args[++i]);
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
            System.out.println("bootstrap.servers=" + bs + "  parallelism=" + parallelism + "  checkpoints every "
                    + checkpointMs + " ms  cores=" + Runtime.getRuntime().availableProcessors() + "  gc=" + collectors());
            if (only.contains("exactly-once") || only.contains("identity")) {
                kafka.createTopics(2, "bench-comments");
                long t0 = System.nanoTime();
                produceAll(bs, "bench-comments", records);
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("produced %,d comments in %.1f s (%,.0f/s)%n", records, secs, records / secs);
                List<Double> eo = new ArrayList<>();
                List<Double> id = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                int warmups = 0;
                double lastJit = Double.MAX_VALUE;
                for (int round = 1, measured = 0; measured < repeat; round++) {
                    // the JIT compiles the broker, Flink and the classifier for minutes after start; a round
                    // measured while it still competes for the two cores would count compilation as work
                    boolean warmup = measured == 0 && (warmups < warmupRuns
                            || (warmups < warmupRuns + MAX_EXTRA_WARMUPS && lastJit > JIT_QUIET_CORES));
                    String run = warmup ? "warm-up " + (++warmups) : "run " + (++measured);
                    // interleaved, so a slow spell of the machine hits both jobs rather than one, and the order
                    // alternates, so neither job is always the one that runs on a warmer JVM
                    boolean identityFirst = round % 2 == 0;
                    Run e = null;
                    Run d = null;
                    for (int k = 0; k < 2; k++) {
                        boolean identity = (k == 0) == identityFirst;
                        if (identity && only.contains("identity")) {
                            d = throughput(kafka, "bench-comments", "bench-id-" + round, records, parallelism, true,
                                    checkpoints, checkpointMs);
                            System.out.printf("%s  identity (Kafka -> parse -> serialize -> Kafka), exactly-once: %s%n",
                                    run, d);
                        } else if (!identity && only.contains("exactly-once")) {
                            e = throughput(kafka, "bench-comments", "bench-eo-" + round, records, parallelism, false,
                                    checkpoints, checkpointMs);
                            System.out.printf("%s  moderation, exactly-once: %s%n", run, e);
                        }
                    }
                    lastJit = Math.max(e == null ? 0 : e.jitCores(), d == null ? 0 : d.jitCores());
                    if (e != null && d != null) {
                        System.out.printf("%s  moderation / identity = %.2f%n", run, e.perSecond() / d.perSecond());
                    }
                    if (!warmup) {
                        if (e != null) eo.add(e.perSecond());
                        if (d != null) id.add(d.perSecond());
                        if (e != null && d != null) ratios.add(e.perSecond() / d.perSecond());
                    }
                }
                if (!eo.isEmpty()) {
                    System.out.printf("moderation, exactly-once: %,.0f comments/s (median of %d)%n", median(eo), eo.size());
                }
                if (!id.isEmpty()) {
                    System.out.printf("identity (Kafka -> parse -> serialize -> Kafka), exactly-once: %,.0f comments/s (median of %d)%n",
                            median(id), id.size());
                }
                if (!ratios.isEmpty()) {
                    System.out.printf("moderation / identity = %.2f (median of the runs' ratios)%n", median(ratios));
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

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
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
    private static Run throughput(EmbeddedKafka kafka, String input, String name, long n, int parallelism,
            boolean identity, Path checkpoints, long checkpointMs) throws Exception {
        JobConfig c = config(kafka.bootstrapServers(), name, parallelism, checkpoints);
        c.checkpointInterval = Duration.ofMillis(checkpointMs);
        c.inputTopic = input;
        c.deliveryGuarantee = DeliveryGuarantee.EXACTLY_ONCE;
        kafka.createTopics(2, c.actionsTopic, c.auditTopic, c.deadLetterTopic);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(ModerationKafkaJob.flinkConfig(c));
        ModerationKafkaJob.wire(env, c, KafkaIO.source(c, OffsetsInitializer.earliest(), OffsetsInitializer.latest()),
                null, identity);
        JobClient job = env.executeAsync(name);
        List<long[]> samples = new ArrayList<>(); // {nanoTime, committed audit records, process CPU nanos, JIT ms}
        // The high watermark grows record by record, while exactly-once output becomes visible in steps of
        // one checkpoint; the steps would quantize a short window. The job still pays for its transactions.
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers(), "isolation.level", "read_uncommitted"),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<TopicPartition> parts = Topics.partitions(consumer, c.auditTopic);
            long seen = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (seen < n && System.nanoTime() < deadline) {
                seen = Topics.sum(consumer.endOffsets(parts));
                samples.add(new long[] {System.nanoTime(), seen, processCpuNanos(), jitMillis()});
                Thread.sleep(50);
            }
            if (seen < n) {
                throw new IllegalStateException(name + ": only " + seen + " of " + n + " audit records after 10 minutes");
            }
        }
        job.getJobExecutionResult().get(2, TimeUnit.MINUTES); // finished = the last transaction committed
        try (var admin = kafka.admin()) { // repeated runs would otherwise pile up gigabytes of output
            admin.deleteTopics(List.of(c.actionsTopic, c.auditTopic, c.deadLetterTopic)).all().get(1, TimeUnit.MINUTES);
        }
        // end offsets also count transaction markers (one per partition per checkpoint and sink), a few
        // hundred at most, so the count reaches n marginally early; the 10 %..90 % window hardly moves
        long[] s10 = firstAtLeast(samples, n / 10);
        long[] s90 = firstAtLeast(samples, n * 9 / 10);
        double comments = n * 0.8;
        // CPU of the whole process (broker and Flink share it), so it is comparable between the two jobs
        // and says how far a run was from using both cores
        double cpuMicros = (s90[2] - s10[2]) / 1e3 / comments;
        double secs = (s90[0] - s10[0]) / 1e9;
        return new Run(comments / secs, cpuMicros, (s90[2] - s10[2]) / 1e9 / secs, (s90[3] - s10[3]) / 1e3 / secs);
    }

    /** One throughput run: comments/s, CPU µs per comment, the cores busy on average, and those of them compiling. */
    record Run(double perSecond, double cpuMicrosPerComment, double coresBusy, double jitCores) {
        @Override
        public String toString() {
            return String.format("%,.0f comments/s, %.1f µs CPU/comment, %.2f cores busy (JIT compiler %.2f)",
                    perSecond, cpuMicrosPerComment, coresBusy, jitCores);
        }
    }

    private static long jitMillis() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long[] firstAtLeast(List<long[]> samples, long count) {
        for (long[] s : samples) {
            if (s[1] >= count) {
                return s;
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

    /** The collectors in use: on two cores the choice moves both jobs' throughput by a third, so every figure names it. */
    static String collectors() {
        List<String> names = new ArrayList<>();
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return String.join("+", names);
    }
}
