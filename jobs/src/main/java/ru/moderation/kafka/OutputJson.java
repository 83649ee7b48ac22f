package ru.moderation.kafka;

import ru.moderation.ingest.DeadLetter;
import ru.moderation.moderation.Action;
import ru.moderation.moderation.ActionType;
import ru.moderation.moderation.AuditRecord;
import ru.moderation.moderation.Evidence;
import ru.moderation.moderation.PlatformCalls;
import ru.moderation.moderation.Reasons;

import java.util.Map;

/**
 * The JSON contracts of the output topics (documented in jobs/README.md), written field by field so the
 * schema is explicit here and not an accident of the Java classes.
 */
public final class OutputJson {
    private OutputJson() {}

    public static byte[] action(Action a) {
        JsonWriter g = JsonWriter.forThread();
        g.startObject();
        g.name("actionId").string(a.actionId);
        g.name("type").string(a.type.name());
        g.name("platform").string(a.platform);
        g.name("communityId").string(a.communityId);
        g.name("postId").string(a.postId);
        g.name("commentId").string(a.commentId);
        g.name("authorId").string(a.authorId);
        g.name("authorType").string(a.authorType == null ? null : a.authorType.json());
        stringArray(g, "categories", a.categories);
        evidence(g, a.evidence);
        g.name("strikes").number(a.strikes);
        g.name("policy").startObject();
        g.name("name").string(a.policyName);
        g.name("mode").string(a.mode);
        g.name("threshold").number(a.threshold);
        g.endObject();
        if (a.type != ActionType.DELETE_COMMENT) {
            g.name("banUntil");
            if (a.banUntilMillis == 0) {
                g.nullValue();
            } else {
                g.isoInstant(a.banUntilMillis);
            }
        }
        g.name("reason").string(Reasons.forModerators(a));
        PlatformCalls.Call call = PlatformCalls.of(a);
        g.name("platformCall").startObject();
        g.name("method").string(call.method());
        g.name("params").startObject();
        for (Map.Entry<String, Object> e : call.params().entrySet()) {
            g.name(e.getKey());
            Object v = e.getValue();
            if (v instanceof Long l) {
                g.number(l);
            } else if (v instanceof Integer i) {
                g.number(i);
            } else if (v instanceof Boolean b) {
                g.bool(b);
            } else if (v == null) {
                g.nullValue();
            } else {
                g.string(v.toString());
            }
        }
        g.endObject();
        g.endObject();
        g.name("eventId").string(a.eventId);
        g.name("dictionaryVersion").string(a.dictionaryVersion);
        g.name("createdAt").isoInstant(a.createdAtMillis);
        g.endObject();
        return g.toBytes();
    }

    public static byte[] audit(AuditRecord r) {
        JsonWriter g = JsonWriter.forThread();
        g.startObject();
        g.name("decision").string(r.decision);
        g.name("platform").string(r.platform);
        g.name("eventType").string(r.eventType);
        g.name("eventId").string(r.eventId);
        g.name("communityId").string(r.communityId);
        g.name("postId").string(r.postId);
        g.name("commentId").string(r.commentId);
        g.name("authorId").string(r.authorId);
        g.name("text").string(r.text);
        g.name("textLength").number(r.textLength);
        stringArray(g, "categories", r.categories);
        evidence(g, r.evidence);
        g.name("strikes").number(r.strikes);
        g.name("policy").string(r.policyName);
        stringArray(g, "actionIds", r.actionIds);
        g.name("dictionaryVersion").string(r.dictionaryVersion);
        g.name("commentTime").isoInstant(r.eventTimeMillis);
        g.name("decidedAt").isoInstant(r.createdAtMillis);
        g.name("source").startObject();
        g.name("topic").string(r.sourceTopic);
        g.name("partition").number(r.sourcePartition);
        g.name("offset").number(r.sourceOffset);
        g.endObject();
        g.endObject();
        return g.toBytes();
    }

    public static byte[] deadLetter(DeadLetter d) {
        JsonWriter g = JsonWriter.forThread();
        g.startObject();
        g.name("reason").string(d.reason);
        g.name("topic").string(d.topic);
        g.name("partition").number(d.partition);
        g.name("offset").number(d.offset);
        g.name("timestamp").isoInstant(d.timestamp);
        g.name("payloadEncoding").string(d.payloadEncoding);
        g.name("payloadLength").number(d.payloadLength);
        g.name("truncated").bool(d.truncated);
        g.name("payload").string(d.payload);
        g.endObject();
        return g.toBytes();
    }

    private static void stringArray(JsonWriter g, String name, String[] values) {
        g.name(name).startArray();
        if (values != null) {
            for (String v : values) {
                g.string(v);
            }
        }
        g.endArray();
    }

    private static void evidence(JsonWriter g, Evidence[] evidence) {
        g.name("evidence").startArray();
        if (evidence != null) {
            for (Evidence e : evidence) {
                g.startObject();
                g.name("category").string(e.category);
                g.name("rule").string(e.rule);
                g.name("term").string(e.term);
                g.name("start").number(e.start);
                g.name("end").number(e.end);
                g.name("fragment").string(e.fragment);
                g.endObject();
            }
        }
        g.endArray();
    }
}
