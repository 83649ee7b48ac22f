package ru.moderation.cli;

import ru.moderation.kafka.EmbeddedKafka;
import ru.moderation.kafka.KafkaIO;
import ru.moderation.kafka.ModerationKafkaJob;
import ru.moderation.moderation.JobConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code local}: the moderation job on a local Flink MiniCluster (RocksDB, checkpoints, exactly-once)
 * against an in-JVM KRaft broker or an existing Kafka.
 */
final class LocalCommand {
    private LocalCommand() {}

    static int run(String[] args) {
        LocalOptions o;
        try {
            if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
                System.out.println(LocalOptions.USAGE);
                return 0;
            }
            o = LocalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local: " + e.getMessage());
            System.err.println(LocalOptions.USAGE);
            return 2;
        }
        try {
            return o.input != null ? runFile(o) : runDemo(o);
        } catch (Exception e) {
            System.err.println("local: failed: " + e);
            Throwable cause = e.getCause();
            while (cause != null) {
                System.err.println("  caused by: " + cause);
                cause = cause.getCause();
            }
            return 1;
        }
    }

    /** Starts the embedded broker unless one was given; returns null when an external Kafka is used. */
    private static EmbeddedKafka kafka(LocalOptions o) throws Exception {
        if (o.bootstrapServers != null) {
            o.job.bootstrapServers = o.bootstrapServers;
            return null;
        }
        System.err.println("starting the in-JVM Kafka broker (KRaft) ...");
        EmbeddedKafka k = EmbeddedKafka.start(2);
        o.job.bootstrapServers = k.bootstrapServers();
        return k;
    }

    private static void createTopics(JobConfig c) throws Exception {
        EmbeddedKafka.createTopics(c.bootstrapServers, 2, c.inputTopic, c.actionsTopic, c.auditTopic, c.deadLetterTopic);
    }

    // ---- local --input FILE ----

    private static int runFile(LocalOptions o) throws Exception {
        List<byte[]> lines = readLines(o.input);
        Path checkpoints = Files.createTempDirectory("moderation-checkpoints-");
        EmbeddedKafka embedded = kafka(o);
        try {
            JobConfig c = o.job;
            c.checkpointDir = checkpoints.toUri().toString();
            createTopics(c);
            System.err.println("bootstrap.servers=" + c.bootstrapServers);
            Map<TopicPartition, Long> inputStart = Topics.endOffsets(c.bootstrapServers, c.inputTopic);
            Map<TopicPartition, Long> actionsStart = Topics.endOffsets(c.bootstrapServers, c.actionsTopic);
            Map<TopicPartition, Long> deadStart = Topics.endOffsets(c.bootstrapServers, c.deadLetterTopic);
            Map<TopicPartition, Long> auditStart = Topics.endOffsets(c.bootstrapServers, c.auditTopic);
            try (KafkaProducer<byte[], byte[]> p = Topics.producer(c.bootstrapServers, Map.of())) {
                List<Future<?>> sent = new ArrayList<>(lines.size());
                for (byte[] line : lines) {
                    sent.add(Topics.send(p, c.inputTopic, line));
                }
                p.flush();
                // every line must be in the topic before its end offset says what "all input" is
                for (int i = 0; i < sent.size(); i++) {
                    try {
                        sent.get(i).get();
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("could not write input line " + (i + 1) + " to "
                                + c.inputTopic + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            Map<TopicPartition, Long> inputEnd = Topics.endOffsets(c.bootstrapServers, c.inputTopic);
            System.err.println("fed " + lines.size() + " events to " + c.inputTopic + "; running the job ...");

            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(
                    ModerationKafkaJob.flinkConfig(c));
            ModerationKafkaJob.wire(env, c, KafkaIO.source(c, OffsetsInitializer.offsets(inputStart),
                    OffsetsInitializer.offsets(inputEnd)), null, false);
            env.execute("comment-moderation (local --input)");

            // Other jobs may share these topics on an external Kafka: keep only what this run's input
            // produced, recognized by the input coordinates that audit records and dead letters carry.
            InputRange mine = new InputRange(c.inputTopic, inputStart, inputEnd);
            Set<String> myActionIds = new HashSet<>();
            long[] counts = new long[3];
            Topics.drain(c.bootstrapServers, c.auditTopic, auditStart, r -> {
                JsonNode a = json(r.value());
                JsonNode src = a.path("source");
                if (mine.contains(src.path("topic").asText(), src.path("partition").asInt(), src.path("offset").asLong())) {
                    counts[2]++;
                    a.path("actionIds").forEach(id -> myActionIds.add(id.asText()));
                }
            });
            try (PrintStream actions = o.actionsOut == null ? System.out : open(o.actionsOut)) {
                Topics.drain(c.bootstrapServers, c.actionsTopic, actionsStart, r -> {
                    if (myActionIds.contains(json(r.value()).path("actionId").asText())) {
                        writeLine(actions, r.value());
                        counts[0]++;
                    }
                });
            }
            try (PrintStream dead = o.deadLetterOut == null ? new PrintStream(OutputStream.nullOutputStream())
                    : open(o.deadLetterOut)) {
                Topics.drain(c.bootstrapServers, c.deadLetterTopic, deadStart, r -> {
                    JsonNode d = json(r.value());
                    if (mine.contains(d.path("topic").asText(), d.path("partition").asInt(), d.path("offset").asLong())) {
                        writeLine(dead, r.value());
                        counts[1]++;
                    }
                });
            }
            System.err.println("done: " + lines.size() + " events, " + counts[2] + " comments decided, " + counts[0]
                    + " actions, " + counts[1] + " dead letters"
                    + (o.deadLetterOut == null && counts[1] > 0 ? " (use --dead-letter-out FILE to keep them)" : ""));
            return 0;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            deleteQuietly(checkpoints);
        }
    }

    /** Offsets [start, end) of the input topic that this run produced. */
    record InputRange(String topic, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        boolean contains(String t, int partition, long offset) {
            if (!topic.equals(t)) {
                return false;
            }
            TopicPartition tp = new TopicPartition(t, partition);
            return offset >= start.getOrDefault(tp, 0L) && offset < end.getOrDefault(tp, 0L);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(byte[] value) {
        try {
            return MAPPER.readTree(value);
        } catch (IOException e) {
            return MAPPER.missingNode();
        }
    }

    /** Lines as raw bytes, so records that are not valid UTF-8 reach the dead-letter topic unchanged. */
    static List<byte[]> readLines(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                int end = i;
                if (end > start && all[end - 1] == '\r') {
                    end--;
                }
                boolean blank = true;
                for (int j = start; j < end; j++) {
                    if (all[j] != ' ' && all[j] != '\t') {
                        blank = false;
                        break;
                    }
                }
                if (!blank) {
                    lines.add(java.util.Arrays.copyOfRange(all, start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static PrintStream open(Path p) throws IOException {
        return new PrintStream(new BufferedOutputStream(Files.newOutputStream(p)), false, "UTF-8");
    }

    private static void writeLine(PrintStream out, byte[] json) {
        out.write(json, 0, json.length);
        out.write('\n');
    }

    // ---- local (demo) ----

    private static int runDemo(LocalOptions o) throws Exception {
        Path checkpoints = Files.createTempDirectory("moderation-checkpoints-");
        EmbeddedKafka embedded = kafka(o);
        JobConfig c = o.job;
        c.checkpointDir = checkpoints.toUri().toString();
        createTopics(c);
        Map<TopicPartition, Long> inputStart = Topics.endOffsets(c.bootstrapServers, c.inputTopic);
        Map<TopicPartition, Long> actionsStart = Topics.endOffsets(c.bootstrapServers, c.actionsTopic);
        Map<TopicPartition, Long> deadStart = Topics.endOffsets(c.bootstrapServers, c.deadLetterTopic);

        System.out.println("bootstrap.servers=" + c.bootstrapServers);
        System.out.println("topics: " + c.inputTopic + " -> " + c.actionsTopic + ", " + c.auditTopic + ", "
                + c.deadLetterTopic + " (" + c.deliveryGuarantee.toString().toLowerCase().replace('_', '-') + ")");
        System.out.println("attach e.g.: kcat -b " + c.bootstrapServers + " -C -t " + c.actionsTopic
                + " -X isolation.level=read_committed");
        System.out.println("starting Flink (MiniCluster, RocksDB, checkpoint every " + c.checkpointInterval.toMillis()
                + " ms) ...");

        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(ModerationKafkaJob.flinkConfig(c));
        ModerationKafkaJob.wire(env, c, KafkaIO.source(c, OffsetsInitializer.offsets(inputStart), null), null, false);
        JobClient job = env.executeAsync("comment-moderation (local)");

        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread printer = new Thread(() -> printOutputs(c, actionsStart, deadStart, stopping), "action-printer");
        printer.setDaemon(true);
        printer.start();
        Thread feeder = new Thread(() -> feedSamples(c, stopping), "sample-feeder");
        feeder.setDaemon(true);
        feeder.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("stopping ...");
            try {
                job.cancel().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // already finished or failed: nothing left to cancel
            }
            try {
                printer.join(5000);
                feeder.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (embedded != null) {
                embedded.close();
            }
            deleteQuietly(checkpoints);
            System.out.println("stopped.");
            stopped.countDown();
        }, "shutdown"));

        try {
            job.getJobExecutionResult().get();
            System.err.println("local: the job finished unexpectedly");
        } catch (Exception e) {
            if (!stopping.get()) {
                System.err.println("local: the job failed: " + e.getMessage());
            }
        }
        if (stopping.get()) {
            stopped.await(); // let the shutdown hook finish its cleanup
            return 0;
        }
        return 1;
    }

    private static void feedSamples(JobConfig c, AtomicBoolean stopping) {
        List<byte[]> samples = SampleComments.all();
        try (KafkaProducer<byte[], byte[]> p = Topics.producer(c.bootstrapServers, Map.of("linger.ms", "0"))) {
            Thread.sleep(3000); // give the job a moment to start so the first actions are not all at once
            for (byte[] s : samples) {
                if (stopping.get()) {
                    return;
                }
                Topics.send(p, c.inputTopic, s);
                p.flush();
                Thread.sleep(700);
            }
            System.out.println("fed " + samples.size() + " sample events; produce more to '" + c.inputTopic
                    + "' or press Ctrl-C to stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!stopping.get()) {
                System.err.println("sample feeder: " + e);
            }
        }
    }

    private static void printOutputs(JobConfig c, Map<TopicPartition, Long> actionsStart,
            Map<TopicPartition, Long> deadStart, AtomicBoolean stopping) {
        AtomicLong n = new AtomicLong();
        try (KafkaConsumer<byte[], byte[]> consumer = Topics.consumer(c.bootstrapServers)) {
            List<TopicPartition> parts = new ArrayList<>(Topics.partitions(consumer, c.actionsTopic));
            parts.addAll(Topics.partitions(consumer, c.deadLetterTopic));
            consumer.assign(parts);
            for (TopicPartition tp : parts) {
                Long from = tp.topic().equals(c.actionsTopic) ? actionsStart.get(tp) : deadStart.get(tp);
                consumer.seek(tp, from == null ? 0L : from);
            }
            while (!stopping.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    n.incrementAndGet();
                    System.out.println(r.topic().equals(c.actionsTopic) ? ActionPrinter.action(r.value())
                            : ActionPrinter.deadLetter(r.value()));
                }
            }
        } catch (Exception e) {
            if (!stopping.get()) {
                System.err.println("action printer: " + e);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp dir is harmless
        }
    }
}
