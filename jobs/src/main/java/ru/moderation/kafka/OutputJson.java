package ru.moderation.kafka;

import ru.moderation.ingest.DeadLetter;
import ru.moderation.moderation.Action;
import ru.moderation.moderation.AuditRecord;
import ru.moderation.moderation.Evidence;
import ru.moderation.moderation.PlatformCalls;
import ru.moderation.moderation.Reasons;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * The JSON contracts of the output topics (documented in jobs/README.md), written field by field so the
 * schema is explicit here and not an accident of the Java classes.
 */
public final class OutputJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private OutputJson() {}

    public static byte[] action(Action a) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("actionId", a.actionId);
            g.writeStringField("type", a.type.name());
            g.writeStringField("platform", a.platform);
            g.writeStringField("communityId", a.communityId);
            g.writeStringField("postId", a.postId);
            g.writeStringField("commentId", a.commentId);
            g.writeStringField("authorId", a.authorId);
            g.writeStringField("authorType", a.authorType == null ? null : a.authorType.name().toLowerCase());
            stringArray(g, "categories", a.categories);
            evidence(g, a.evidence);
            g.writeNumberField("strikes", a.strikes);
            g.writeObjectFieldStart("policy");
            g.writeStringField("name", a.policyName);
            g.writeStringField("mode", a.mode);
            g.writeNumberField("threshold", a.threshold);
            g.writeEndObject();
            if (a.type != ru.moderation.moderation.ActionType.DELETE_COMMENT) {
                g.writeStringField("banUntil", a.banUntilMillis == 0 ? null : iso(a.banUntilMillis));
            }
            g.writeStringField("reason", Reasons.forModerators(a));
            PlatformCalls.Call call = PlatformCalls.of(a);
            g.writeObjectFieldStart("platformCall");
            g.writeStringField("method", call.method());
            g.writeObjectFieldStart("params");
            for (Map.Entry<String, Object> e : call.params().entrySet()) {
                g.writeFieldName(e.getKey());
                Object v = e.getValue();
                if (v instanceof Long l) {
                    g.writeNumber(l);
                } else if (v instanceof Integer i) {
                    g.writeNumber(i);
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else if (v == null) {
                    g.writeNull();
                } else {
                    g.writeString(v.toString());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("eventId", a.eventId);
            g.writeStringField("dictionaryVersion", a.dictionaryVersion);
            g.writeStringField("createdAt", iso(a.createdAtMillis));
            g.writeEndObject();
        });
    }

    public static byte[] audit(AuditRecord r) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("decision", r.decision);
            g.writeStringField("platform", r.platform);
            g.writeStringField("eventType", r.eventType);
            g.writeStringField("eventId", r.eventId);
            g.writeStringField("communityId", r.communityId);
            g.writeStringField("postId", r.postId);
            g.writeStringField("commentId", r.commentId);
            g.writeStringField("authorId", r.authorId);
            g.writeStringField("text", r.text);
            g.writeNumberField("textLength", r.textLength);
            stringArray(g, "categories", r.categories);
            evidence(g, r.evidence);
            g.writeNumberField("strikes", r.strikes);
            g.writeStringField("policy", r.policyName);
            stringArray(g, "actionIds", r.actionIds);
            g.writeStringField("dictionaryVersion", r.dictionaryVersion);
            g.writeStringField("commentTime", iso(r.eventTimeMillis));
            g.writeStringField("decidedAt", iso(r.createdAtMillis));
            g.writeObjectFieldStart("source");
            g.writeStringField("topic", r.sourceTopic);
            g.writeNumberField("partition", r.sourcePartition);
            g.writeNumberField("offset", r.sourceOffset);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    public static byte[] deadLetter(DeadLetter d) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("reason", d.reason);
            g.writeStringField("topic", d.topic);
            g.writeNumberField("partition", d.partition);
            g.writeNumberField("offset", d.offset);
            g.writeStringField("timestamp", iso(d.timestamp));
            g.writeStringField("payloadEncoding", d.payloadEncoding);
            g.writeNumberField("payloadLength", d.payloadLength);
            g.writeBooleanField("truncated", d.truncated);
            g.writeStringField("payload", d.payload);
            g.writeEndObject();
        });
    }

    private static void stringArray(JsonGenerator g, String name, String[] values) throws IOException {
        g.writeArrayFieldStart(name);
        if (values != null) {
            for (String v : values) {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, Evidence[] evidence) throws IOException {
        g.writeArrayFieldStart("evidence");
        if (evidence != null) {
            for (Evidence e : evidence) {
                g.writeStartObject();
                g.writeStringField("category", e.category);
                g.writeStringField("rule", e.rule);
                g.writeStringField("term", e.term);
                g.writeNumberField("start", e.start);
                g.writeNumberField("end", e.end);
                g.writeStringField("fragment", e.fragment);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayBuilder buf = new ByteArrayBuilder(512);
        try (JsonGenerator g = FACTORY.createGenerator(buf)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }
}
