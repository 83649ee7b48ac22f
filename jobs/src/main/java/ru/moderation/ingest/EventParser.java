package ru.moderation.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one raw record (VK Callback envelope, Telegram Update or the normalized form) into a
 * {@link ParseOutcome}. Pure Java and thread-safe; never throws on any input, because user content must
 * never fail the job.
 */
public final class EventParser {
    /** Enough for a 10 MB comment (5 M Cyrillic chars) with room to spare. */
    public static final int MAX_STRING_CHARS = 16 * 1024 * 1024;
    /** Real payloads nest about 6 deep; anything far deeper is garbage or an attack on the parser. */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final long MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;
    /** A dead letter keeps at most this many bytes of the original so it still fits in a Kafka record. */
    public static final int MAX_DEAD_LETTER_PAYLOAD = 256 * 1024;

    static final long TELEGRAM_SERVICE = 777000L;
    static final long TELEGRAM_CHANNEL_BOT = 136817688L;
    static final long TELEGRAM_ANONYMOUS_ADMIN = 1087968824L;

    private static final Set<String> VK_POSTS = Set.of("wall_post_new", "wall_repost");

    private final ObjectMapper mapper;

    public EventParser() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNumberLength(64)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** Parses a record's value; {@code fallbackTime} (the Kafka timestamp) is used when the event has none. */
    public ParseOutcome parse(byte[] value, long fallbackTime) {
        if (value == null || value.length == 0) {
            return ParseOutcome.deadLetter("empty record");
        }
        JsonNode root;
        try {
            root = mapper.readTree(value);
        } catch (Exception e) {
            if (!isValidUtf8(value)) {
                return ParseOutcome.deadLetter("invalid UTF-8");
            }
            return ParseOutcome.deadLetter("invalid JSON: " + describe(e));
        } catch (StackOverflowError e) {
            return ParseOutcome.deadLetter("invalid JSON: nested too deeply");
        }
        if (root == null || root.isMissingNode()) {
            return ParseOutcome.deadLetter("invalid JSON: empty document");
        }
        if (!root.isObject()) {
            return ParseOutcome.deadLetter("not a JSON object: " + root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        try {
            if (root.has("update_id")) {
                return TelegramParser.parse(root, fallbackTime);
            }
            if (root.has("platform")) {
                return NormalizedParser.parse(root);
            }
            if (root.has("type") && (root.has("group_id") || root.has("object"))) {
                return VkParser.parse(root, fallbackTime);
            }
            return ParseOutcome.deadLetter("unknown format: neither a VK Callback, a Telegram Update nor the normalized form");
        } catch (MissingField e) {
            return ParseOutcome.deadLetter(e.getMessage());
        } catch (RuntimeException e) {
            // a parser bug must not fail the job either; the record is kept for inspection
            return ParseOutcome.deadLetter("unparseable: " + e);
        }
    }

    /** Builds the dead letter for a record, keeping the original bytes (base64 if they are not UTF-8). */
    public static DeadLetter deadLetter(RawRecord raw, String reason) {
        DeadLetter d = new DeadLetter();
        d.topic = raw.topic;
        d.partition = raw.partition;
        d.offset = raw.offset;
        d.timestamp = raw.timestamp;
        d.reason = reason;
        byte[] v = raw.value == null ? new byte[0] : raw.value;
        d.payloadLength = v.length;
        int keep = Math.min(v.length, MAX_DEAD_LETTER_PAYLOAD);
        d.truncated = keep < v.length;
        if (isValidUtf8(v)) {
            d.payloadEncoding = "utf8";
            String s = new String(v, 0, keep, StandardCharsets.UTF_8);
            // cutting inside a multi-byte char leaves U+FFFD at the end; harmless for a truncated preview
            d.payload = s;
        } else {
            d.payloadEncoding = "base64";
            byte[] part = keep == v.length ? v : java.util.Arrays.copyOf(v, keep);
            d.payload = Base64.getEncoder().encodeToString(part);
        }
        return d;
    }

    static boolean isValidUtf8(byte[] v) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(v));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException j) {
            String msg = firstLine(j.getOriginalMessage());
            // Jackson reports a bare non-ASCII word as bad UTF-8 even when the bytes are valid UTF-8
            if (msg.startsWith("Invalid UTF-8")) {
                msg = "unexpected text";
            }
            JsonLocation at = j.getLocation();
            return at == null ? msg : msg + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    /** A known event type without a field the job needs. */
    static final class MissingField extends RuntimeException {
        MissingField(String message) {
            super(message, null, false, false);
        }
    }

    // ---- small helpers shared by the format parsers ----

    static JsonNode object(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new MissingField(where + ": missing object '" + field + "'");
        }
        return n;
    }

    /** An id that must be an integer (a JSON number or a string of digits); returned as a decimal string. */
    static String id(JsonNode parent, String field, String where) {
        String v = optId(parent, field);
        if (v == null) {
            throw new MissingField(where + ": missing or non-integer '" + field + "'");
        }
        return v;
    }

    static String optId(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.asText();
        }
        if (n.isTextual() && n.asText().matches("-?\\d{1,19}")) {
            return n.asText();
        }
        return null;
    }

    /** Any non-empty id, numeric or opaque (OK ids are opaque strings). */
    static String anyId(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n != null && (n.isIntegralNumber() || (n.isTextual() && !n.asText().isBlank()))) {
            return n.asText();
        }
        throw new MissingField(where + ": missing '" + field + "'");
    }

    static String text(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    static long epochSecondsToMillis(JsonNode parent, String field, long fallback) {
        JsonNode n = parent.get(field);
        return n != null && n.isIntegralNumber() ? n.asLong() * 1000L : fallback;
    }

    static long isoToMillis(String s, String where) {
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (DateTimeException e2) {
                throw new MissingField(where + ": 'timestamp' is not ISO-8601: " + (s.length() > 60 ? s.substring(0, 60) : s));
            }
        }
    }

    static boolean isVkPost(String type) {
        return VK_POSTS.contains(type);
    }
}
