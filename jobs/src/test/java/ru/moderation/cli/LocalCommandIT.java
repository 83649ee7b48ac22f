package ru.moderation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code local --input FILE} as a user runs it: the embedded KRaft broker (KafkaRaftServer), a local
 * MiniCluster, exactly-once, and the files it writes.
 */
class LocalCommandIT {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void fileThroughTheEmbeddedPipeline() throws Exception {
        Path input = tmp.resolve("events.jsonl");
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        for (String line : List.of(
                "{\"platform\":\"vk\",\"communityId\":\"1\",\"postId\":\"2\",\"commentId\":\"3\",\"authorId\":\"4\","
                        + "\"text\":\"иди нахуй\",\"timestamp\":\"2025-01-01T00:00:00Z\"}",
                "",
                "{\"platform\":\"vk\",\"communityId\":\"1\",\"postId\":\"2\",\"commentId\":\"5\",\"authorId\":\"4\","
                        + "\"text\":\"хуй вам\",\"timestamp\":\"2025-01-01T00:01:00Z\"}",
                "{\"platform\":\"vk\",\"communityId\":\"1\",\"postId\":\"2\",\"commentId\":\"6\",\"authorId\":\"9\","
                        + "\"text\":\"Когда починят фонарь у школы?\",\"timestamp\":\"2025-01-01T00:02:00Z\"}",
                "garbage")) {
            in.write(line.getBytes(StandardCharsets.UTF_8));
            in.write('\n');
        }
        in.write(new byte[] {(byte) 0xFF, (byte) 0xFE, '\r', '\n'});
        Files.write(input, in.toByteArray());
        Path actions = tmp.resolve("actions.jsonl");
        Path dead = tmp.resolve("dead.jsonl");

        int code = LocalCommand.run(new String[] {"--input", input.toString(), "--actions-out", actions.toString(),
            "--dead-letter-out", dead.toString()});

        assertEquals(0, code);
        List<String> types = new ArrayList<>();
        for (String line : Files.readAllLines(actions)) {
            JsonNode a = M.readTree(line);
            types.add(a.get("type").asText());
            assertEquals("4", a.get("authorId").asText());
        }
        assertEquals(List.of("BLACKLIST_USER", "DELETE_COMMENT", "DELETE_COMMENT"), types.stream().sorted().toList());
        List<String> reasons = new ArrayList<>();
        for (String line : Files.readAllLines(dead)) {
            reasons.add(M.readTree(line).get("reason").asText());
        }
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.contains("invalid UTF-8"), reasons.toString());
    }

    @Test
    void badOptionsAreRejected() {
        assertEquals(2, LocalCommand.run(new String[] {"--input", tmp.resolve("missing.jsonl").toString()}));
        assertEquals(2, LocalCommand.run(new String[] {"--frobnicate"}));
        assertEquals(2, LocalCommand.run(new String[] {"--actions-out", "x.jsonl"}));
    }
}
