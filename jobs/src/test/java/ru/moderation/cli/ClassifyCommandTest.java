package ru.moderation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI contract: exactly one JSON object per input line, in order, whatever the bytes. */
class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> classify(byte[] input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ClassifyCommand.run(new String[0], new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"), "output ends with a newline");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void oneObjectPerLineInOrder() throws Exception {
        List<JsonNode> out = classify("Когда починят дорогу?\nну ты х*й\n\nидиот\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(4, out.size());
        assertEquals(0, out.get(0).get("categories").size());
        assertEquals("OBSCENITY", out.get(1).get("categories").get(0).asText());
        JsonNode m = out.get(1).get("matches").get(0);
        assertEquals(6, m.get("start").asInt());
        assertEquals(9, m.get("end").asInt());
        assertEquals("х*й", m.get("text").asText());
        assertEquals(0, out.get(2).get("matches").size(), "an empty line is a clean comment, not a lost line");
        assertEquals("INSULT", out.get(3).get("categories").get(0).asText());
    }

    @Test
    void oddBytesNeverLoseOrSplitALine() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write("обычный текст\n".getBytes(StandardCharsets.UTF_8));
        in.write(new byte[] {(byte) 0xC3, (byte) 0x28, 'x', '\n'});                 // invalid UTF-8
        in.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'y', '\n'});      // an encoded lone surrogate
        in.write("carriage\rreturn inside\r\n".getBytes(StandardCharsets.UTF_8));      // CR inside, CRLF at the end
        in.write("line\u2028separator and \u0000 NUL and \u202Eoverride\n".getBytes(StandardCharsets.UTF_8));
        in.write("эмодзи 😀👍🏽 и х\u0301уй\n".getBytes(StandardCharsets.UTF_8));
        in.write("last line without newline".getBytes(StandardCharsets.UTF_8));
        List<JsonNode> out = classify(in.toByteArray());
        assertEquals(7, out.size());
        assertEquals("OBSCENITY", out.get(5).get("categories").get(0).asText(), "a combining accent does not hide a word");
        for (JsonNode n : out) {
            assertTrue(n.get("categories").isArray());
            assertTrue(n.get("dictionaryVersion").asText().startsWith("ru-"));
        }
    }

    @Test
    void noInputNoOutput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClassifyCommand.run(new String[0], new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
