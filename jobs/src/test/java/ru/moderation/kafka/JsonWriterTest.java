package ru.moderation.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/** The writer must produce exactly the bytes Jackson's default generator produces, which consumers already read. */
class JsonWriterTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    private interface Doc {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] jackson(Doc doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(out)) {
            doc.write(g);
        }
        return out.toByteArray();
    }

    private static String randomText(SplittableRandom r, int len) {
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            switch (r.nextInt(9)) {
                case 0 -> b.append((char) r.nextInt(0x20)); // controls
                case 1 -> b.append("\"\\/\u007F".charAt(r.nextInt(4)));
                case 2 -> b.append((char) (0x20 + r.nextInt(0x60)));
                case 3, 4 -> b.append((char) (0x0400 + r.nextInt(0x100))); // Cyrillic
                case 5 -> b.append((char) (0x80 + r.nextInt(0x780))); // two-byte range
                case 6 -> b.append((char) (0x800 + r.nextInt(0xD000))); // three-byte range below surrogates
                case 7 -> b.appendCodePoint(0x10000 + r.nextInt(0x100000)); // a surrogate pair
                default -> b.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
            }
        }
        return b.toString();
    }

    @Test
    void stringsAreWrittenAsJacksonWritesThem() throws IOException {
        SplittableRandom r = new SplittableRandom(20261122);
        for (int i = 0; i < 5000; i++) {
            String s = randomText(r, r.nextInt(i < 4000 ? 40 : 9000));
            byte[] expected = jackson(g -> g.writeString(s));
            byte[] actual = new JsonWriter().string(s).toBytes();
            assertArrayEquals(expected, actual, () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void documentsAreWrittenAsJacksonWritesThem() throws IOException {
        byte[] expected = jackson(g -> {
            g.writeStartObject();
            g.writeStringField("text", "Да пошли вы \"нахуй\"\n😀");
            g.writeNullField("none");
            g.writeArrayFieldStart("empty");
            g.writeEndArray();
            g.writeArrayFieldStart("list");
            g.writeString("a");
            g.writeStartObject();
            g.writeNumberField("n", -42L);
            g.writeBooleanField("b", false);
            g.writeEndObject();
            g.writeNumber(Long.MIN_VALUE);
            g.writeNumber(Long.MAX_VALUE);
            g.writeNumber(0);
            g.writeEndArray();
            g.writeObjectFieldStart("nested");
            g.writeObjectFieldStart("deeper");
            g.writeEndObject();
            g.writeBooleanField("t", true);
            g.writeEndObject();
            g.writeEndObject();
        });
        JsonWriter w = new JsonWriter();
        w.startObject();
        w.name("text").string("Да пошли вы \"нахуй\"\n😀");
        w.name("none").string(null);
        w.name("empty").startArray().endArray();
        w.name("list").startArray();
        w.string("a");
        w.startObject().name("n").number(-42).name("b").bool(false).endObject();
        w.number(Long.MIN_VALUE).number(Long.MAX_VALUE).number(0);
        w.endArray();
        w.name("nested").startObject().name("deeper").startObject().endObject().name("t").bool(true).endObject();
        w.endObject();
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(w.toBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void instantsAreWrittenAsInstantToStringWritesThem() throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        long[] edges = {0, -1, 1, 999, 1000, -1000, -86_400_000L, 86_399_999L, 1735905800000L, 1735905800045L,
                -62135596800000L, -62135596800001L, 253402300799999L, 253402300800000L, Long.MAX_VALUE / 1000,
                Long.MIN_VALUE / 1000};
        for (long ms : edges) {
            assertInstant(ms);
        }
        for (int i = 0; i < 20000; i++) {
            long ms = r.nextLong(-70_000_000_000_000L, 300_000_000_000_000L);
            assertInstant(i % 3 == 0 ? ms / 1000 * 1000 : ms); // whole seconds print without a fraction
        }
        // a writer reused across days recomputes the day it caches
        JsonWriter w = new JsonWriter();
        for (long ms = 1735905800000L; ms < 1735905800000L + 10 * 86_400_000L; ms += 3_600_017L) {
            w.reset().isoInstant(ms);
            assertEquals('"' + Instant.ofEpochMilli(ms).toString() + '"', new String(w.toBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void assertInstant(long ms) throws IOException {
        byte[] expected = jackson(g -> g.writeString(Instant.ofEpochMilli(ms).toString()));
        assertEquals(new String(expected, StandardCharsets.UTF_8),
                new String(new JsonWriter().isoInstant(ms).toBytes(), StandardCharsets.UTF_8), "at " + ms);
    }

    @Test
    void aReusedWriterStartsEachDocumentAfresh() throws Exception {
        JsonWriter w = JsonWriter.forThread();
        w.startObject().name("a").string("x".repeat(3_000_000)).endObject();
        JsonWriter again = JsonWriter.forThread();
        again.startObject().name("b").number(1).endObject();
        JsonNode j = new ObjectMapper().readTree(again.toBytes());
        assertEquals(1, j.size());
        assertEquals(1, j.get("b").asInt());
    }

    @Test
    void nestingBeyondTheLimitIsAnError() {
        JsonWriter w = new JsonWriter();
        assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 100; i++) {
                w.startArray();
            }
        });
    }
}
