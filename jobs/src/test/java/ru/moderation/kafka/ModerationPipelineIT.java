package ru.moderation.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ru.moderation.ingest.RawRecord;
import ru.moderation.moderation.JobConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The whole pipeline on a Flink MiniCluster (RocksDB, checkpoints) against a real in-JVM KRaft broker,
 * with exactly-once sinks read back through read_committed consumers.
 */
class ModerationPipelineIT {
    private static final ObjectMapper M = new ObjectMapper();

    @RegisterExtension
    static final MiniClusterExtension MINI = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .setConfiguration(Configuration.fromMap(Map.of("state.backend.type", "rocksdb")))
            .build());

    static TestKafka kafka;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = new TestKafka();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    private JobConfig config(String name) throws Exception {
        JobConfig c = new JobConfig();
        c.bootstrapServers = kafka.bootstrapServers();
        c.inputTopic = name + "-comments";
        c.actionsTopic = name + "-actions";
        c.auditTopic = name + "-audit";
        c.deadLetterTopic = name + "-dead-letter";
        c.groupId = name;
        c.transactionalIdPrefix = name;
        c.checkpointInterval = Duration.ofMillis(300);
        c.checkpointDir = tmp.resolve("checkpoints").toUri().toString();
        c.parallelism = 2;
        kafka.createTopics(2, c.inputTopic, c.actionsTopic, c.auditTopic, c.deadLetterTopic);
        return c;
    }

    private static void run(JobConfig c, FailOnce failure) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(ModerationKafkaJob.flinkConfig(c));
        ModerationKafkaJob.wire(env, c, KafkaIO.source(c, OffsetsInitializer.earliest(), OffsetsInitializer.latest()),
                failure == null ? null : raw -> raw.map(failure).uid("fail-once").name("fail once"), false);
        env.execute("moderation-test");
    }

    static byte[] sample(String name) {
        try (InputStream in = ModerationPipelineIT.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Below the spam threshold alone (an earnings offer, no contact, no sum): spam only as a mailing. */
    static final String ADVERT = "Подработка для всех желающих, подробности позже";

    static String vk(String type, String eventId, long commentId, long author, String text) {
        return "{\"type\":\"" + type + "\",\"event_id\":\"" + eventId + "\",\"v\":\"5.199\",\"group_id\":218000001,"
                + "\"object\":{\"id\":" + commentId + ",\"from_id\":" + author + ",\"post_id\":4410,"
                + "\"owner_id\":-218000001,\"date\":1735905232,\"text\":\"" + text + "\"}}";
    }

    static String vkPhoto(String eventId, long commentId, long author, String text) {
        return "{\"type\":\"photo_comment_new\",\"event_id\":\"" + eventId + "\",\"v\":\"5.199\",\"group_id\":218000001,"
                + "\"object\":{\"id\":" + commentId + ",\"from_id\":" + author + ",\"date\":1735905300,\"text\":\""
                + text + "\",\"photo_owner_id\":-218000001,\"photo_id\":457239017}}";
    }

    static String tg(long updateId, long messageId, long userId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + messageId + ",\"message_thread_id\":4790,"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"А\"},"
                + "\"chat\":{\"id\":-1001987654321,\"type\":\"supergroup\"},\"date\":1735905600,\"text\":\"" + text + "\"}}";
    }

    static String normalized(String platform, String commentId, String author, String text) {
        return "{\"platform\":\"" + platform + "\",\"communityId\":\"55035273412858\",\"postId\":\"157547387388922\","
                + "\"commentId\":\"" + commentId + "\",\"authorId\":\"" + author + "\",\"text\":\"" + text + "\","
                + "\"timestamp\":\"2025-01-03T12:03:20Z\"}";
    }

    private static List<JsonNode> json(List<ConsumerRecord<byte[], byte[]>> records) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (var r : records) {
            out.add(M.readTree(r.value()));
        }
        return out;
    }

    private static Map<String, Long> count(List<JsonNode> nodes, String field) {
        return nodes.stream().collect(Collectors.groupingBy(n -> n.get(field).asText(), TreeMap::new, Collectors.counting()));
    }

    @Test
    void mixedFormatsWithGarbage() throws Exception {
        JobConfig c = config("mixed");
        byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        String firstStrike = vk("wall_reply_new", "e1", 6001, 700100201, "иди нахуй");
        List<byte[]> input = List.of(
                sample("vk_wall_reply_new.json"),                                       // clean
                bytes(firstStrike),                                                     // strike 1
                bytes(firstStrike),                                                     // redelivered
                bytes(vk("wall_reply_edit", "e2", 6001, 700100201, "иди нахуй, хуй")),  // edit of a struck comment
                bytes(vkPhoto("e3", 18, 700100201, "хуй вам")),                          // strike 2 -> blacklist
                bytes(tg(905412377, 4821, 5123456789L, "иди нахуй")),                   // telegram strike 1
                bytes(tg(905412378, 4822, 5123456790L, "Спасибо, воду дали")),          // clean
                sample("tg_channel_post.json"),                                        // a post
                sample("tg_auto_forward.json"),                                        // not a user comment
                sample("normalized_ok.json"),                                          // clean
                bytes(normalized("ok", "OKC2", "577", "пошёл нахуй")),                   // ok strike 1
                bytes("not json"),                                                      // dead letters ...
                bytes("[1,2]"),
                bytes("{\"type\":\"wall_reply_new\",\"group_id\":7,\"object\":{\"id\":1,\"text\":\"x\"}}"),
                badUtf8,
                sample("vk_wall_post_new.json"),                                       // a post
                sample("vk_confirmation.json"),                                        // ignored
                bytes(vk("wall_reply_new", "m1", 7001, 700100301, ADVERT)),             // an advert, clean alone
                bytes(vk("wall_reply_new", "m2", 7002, 700100302, ADVERT)),             // the same from a 2nd author
                bytes(vk("wall_reply_new", "m3", 7003, 700100303, ADVERT)));            // a 3rd: a mailing
        kafka.produce(c.inputTopic, input);

        run(c, null);

        List<JsonNode> actions = json(kafka.readCommitted(c.actionsTopic));
        List<JsonNode> audit = json(kafka.readCommitted(c.auditTopic));
        List<ConsumerRecord<byte[], byte[]>> deadRecords = kafka.readCommitted(c.deadLetterTopic);
        List<JsonNode> dead = json(deadRecords);

        assertEquals(Map.of("BLACKLIST_USER", 1L, "DELETE_COMMENT", 5L), count(actions, "type"), actions.toString());
        JsonNode mailing = actions.stream().filter(a -> a.get("commentId").asText().equals("7003")).findFirst().orElseThrow();
        assertEquals("[\"SPAM\"]", mailing.get("categories").toString());
        assertEquals("spam.mass_mailing", mailing.get("evidence").get(0).get("rule").asText());
        assertTrue(mailing.get("reason").asText().contains("массовая рассылка"), mailing.toString());
        assertEquals(actions.size(), actions.stream().map(a -> a.get("actionId").asText()).distinct().count());
        Set<String> methods = actions.stream().map(a -> a.get("platformCall").get("method").asText()).collect(Collectors.toSet());
        assertEquals(Set.of("wall.deleteComment", "photos.deleteComment", "groups.ban", "deleteMessage",
                "discussions.deleteDiscussionComment"), methods);
        JsonNode ban = actions.stream().filter(a -> a.get("type").asText().equals("BLACKLIST_USER")).findFirst().orElseThrow();
        assertEquals("vk", ban.get("platform").asText());
        assertEquals("700100201", ban.get("authorId").asText());
        assertEquals(2, ban.get("strikes").asInt());
        assertEquals(3, ban.get("platformCall").get("params").get("reason").asInt());
        for (JsonNode a : actions) {
            assertTrue(a == mailing || a.get("categories").toString().contains("OBSCENITY"), a.toString());
            assertTrue(a.get("evidence").size() > 0, a.toString());
        }

        assertEquals(Map.of("ALREADY_ACTIONED", 2L, "CLEAN", 5L, "DELETE", 4L, "DELETE_AND_BLACKLIST", 1L),
                count(audit, "decision"), audit.toString());
        for (JsonNode r : audit) {
            boolean clean = r.get("decision").asText().equals("CLEAN");
            assertEquals(clean, r.get("evidence").isEmpty(), r.toString());
        }

        assertEquals(4, dead.size(), dead.toString());
        Map<String, JsonNode> byReason = new HashMap<>();
        for (JsonNode d : dead) {
            byReason.put(d.get("reason").asText().replaceAll(":.*", ""), d);
            assertEquals(c.inputTopic, d.get("topic").asText());
            assertTrue(d.get("offset").asLong() >= 0);
        }
        assertEquals(Set.of("invalid JSON", "not a JSON object", "vk wall_reply_new", "invalid UTF-8"), byReason.keySet());
        assertEquals("not json", byReason.get("invalid JSON").get("payload").asText());
        JsonNode binary = byReason.get("invalid UTF-8");
        assertEquals("base64", binary.get("payloadEncoding").asText());
        assertArrayEquals(badUtf8, Base64.getDecoder().decode(binary.get("payload").asText()));
    }

    /** Throws once, after a checkpoint has completed and at least {@code after} records went through. */
    static final class FailOnce implements MapFunction<RawRecord, RawRecord>, CheckpointListener {
        static final AtomicInteger SEEN = new AtomicInteger();
        static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
        static final AtomicBoolean FAILED = new AtomicBoolean();
        private final int after;

        FailOnce(int after) {
            this.after = after;
        }

        @Override
        public RawRecord map(RawRecord r) throws Exception {
            if (!FAILED.get()) {
                Thread.sleep(1); // spread the input over several checkpoints before the failure
            }
            if (SEEN.incrementAndGet() >= after && CHECKPOINTED.get() && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure after " + SEEN.get() + " records");
            }
            return r;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTED.set(true);
        }
    }

    @Test
    void failureInTheMiddleLeavesExactlyOneDecisionPerComment() throws Exception {
        JobConfig c = config("failover");
        int n = 3000;
        int authors = 150;
        List<byte[]> input = new ArrayList<>();
        Map<Integer, Integer> violationsByAuthor = new HashMap<>();
        int adverts = 0;
        for (int i = 0; i < n; i++) {
            int author = i % authors;
            boolean violation = i % 11 == 0;
            // every 13th comment repeats one advert; from the third copy on it is a mailing and strikes too
            boolean advert = !violation && i % 13 == 5;
            if (violation || (advert && adverts++ >= 2)) {
                violationsByAuthor.merge(author, 1, Integer::sum);
            }
            String text = violation ? "иди нахуй со своими отчётами"
                    : advert ? ADVERT : "Когда починят дорогу на улице Мира, дом " + i + "?";
            input.add(bytes(vk("wall_reply_new", "ev" + i, 10_000 + i, 800_000 + author, text)));
        }
        kafka.produce(c.inputTopic, input);
        FailOnce.SEEN.set(0);
        FailOnce.CHECKPOINTED.set(false);
        FailOnce.FAILED.set(false);

        run(c, new FailOnce(n / 2));

        assertTrue(FailOnce.FAILED.get(), "the injected failure did not happen");
        List<JsonNode> audit = json(kafka.readCommitted(c.auditTopic));
        Map<String, Long> perComment = audit.stream()
                .collect(Collectors.groupingBy(r -> r.get("commentId").asText(), Collectors.counting()));
        assertEquals(n, perComment.size());
        assertEquals(Set.of(1L), new HashSet<>(perComment.values()), "a comment was decided more than once");

        List<JsonNode> actions = json(kafka.readCommitted(c.actionsTopic));
        long expectedDeletes = violationsByAuthor.values().stream().mapToLong(Integer::longValue).sum();
        long expectedBans = violationsByAuthor.values().stream().filter(v -> v >= 2).count();
        assertEquals(Map.of("DELETE_COMMENT", expectedDeletes, "BLACKLIST_USER", expectedBans), count(actions, "type"));
        assertEquals(actions.size(), actions.stream().map(a -> a.get("actionId").asText()).distinct().count(),
                "duplicate action ids");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
