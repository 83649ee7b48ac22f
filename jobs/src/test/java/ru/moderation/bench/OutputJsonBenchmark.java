package ru.moderation.bench;

import ru.moderation.ingest.AuthorType;
import ru.moderation.ingest.Surface;
import ru.moderation.kafka.OutputJson;
import ru.moderation.moderation.Action;
import ru.moderation.moderation.ActionType;
import ru.moderation.moderation.AuditRecord;
import ru.moderation.moderation.Evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The output records' JSON, one thread: a delete action with two pieces of evidence and a clean audit
 * record of a bench comment, and for comparison the audit record through Jackson's generator, which
 * {@code OutputJson} used before {@code JsonWriter}. Run (from the repository root, one core):
 * <pre>
 * mvn -B -q -pl jobs -am test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/cp.txt
 * cd jobs &amp;&amp; taskset -c 0 java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.openjdk.jmh.Main OutputJsonBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OutputJsonBenchmark {
    private static final JsonFactory JACKSON = new JsonFactory();

    final Action action = action();
    final AuditRecord audit = audit();

    @Benchmark
    public byte[] deleteAction() {
        return OutputJson.action(action);
    }

    @Benchmark
    public byte[] cleanAudit() {
        return OutputJson.audit(audit);
    }

    @Benchmark
    public byte[] cleanAuditWithJackson() throws IOException {
        AuditRecord r = audit;
        ByteArrayBuilder buf = new ByteArrayBuilder(512);
        try (JsonGenerator g = JACKSON.createGenerator(buf)) {
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
            g.writeArrayFieldStart("categories");
            g.writeEndArray();
            g.writeArrayFieldStart("evidence");
            g.writeEndArray();
            g.writeNumberField("strikes", r.strikes);
            g.writeStringField("policy", r.policyName);
            g.writeArrayFieldStart("actionIds");
            g.writeEndArray();
            g.writeStringField("dictionaryVersion", r.dictionaryVersion);
            g.writeStringField("commentTime", java.time.Instant.ofEpochMilli(r.eventTimeMillis).toString());
            g.writeStringField("decidedAt", java.time.Instant.ofEpochMilli(r.createdAtMillis).toString());
            g.writeObjectFieldStart("source");
            g.writeStringField("topic", r.sourceTopic);
            g.writeNumberField("partition", r.sourcePartition);
            g.writeNumberField("offset", r.sourceOffset);
            g.writeEndObject();
            g.writeEndObject();
        }
        return buf.toByteArray();
    }

    static Action action() {
        Action a = new Action();
        a.actionId = "45577300-42fa-383b-9f1d-fb6f8ead1d5d";
        a.type = ActionType.DELETE_COMMENT;
        a.platform = "vk";
        a.communityId = "218000001";
        a.ownerId = "-218000001";
        a.surface = Surface.WALL;
        a.postId = "4410";
        a.commentId = "5123";
        a.authorId = "700100200";
        a.authorType = AuthorType.USER;
        a.categories = new String[] {"OBSCENITY", "INSULT"};
        a.evidence = new Evidence[] {
            evidence("INSULT", "insult.shut_up", "заткнись", 3, 11, "пошли вы"),
            evidence("OBSCENITY", "obscenity.huj", "нахуй", 12, 17, "нахуй")};
        a.strikes = 1;
        a.threshold = 2;
        a.policyName = "default";
        a.mode = "auto";
        a.createdAtMillis = 1735905800045L;
        a.dictionaryVersion = "ru-2026.11.22+e7b0dc1c";
        a.eventId = "bench-17";
        return a;
    }

    private static Evidence evidence(String category, String rule, String term, int start, int end, String fragment) {
        Evidence e = new Evidence();
        e.category = category;
        e.rule = rule;
        e.term = term;
        e.start = start;
        e.end = end;
        e.fragment = fragment;
        return e;
    }

    static AuditRecord audit() {
        AuditRecord r = new AuditRecord();
        r.decision = "CLEAN";
        r.platform = "vk";
        r.eventType = "wall_reply_new";
        r.eventId = "bench-17";
        r.communityId = "218000001";
        r.postId = "4410";
        r.commentId = "5123";
        r.authorId = "700100200";
        r.text = "Когда уберут снег во дворе на улице Ленина? Третий день не проехать #1234567";
        r.textLength = r.text.length();
        r.categories = new String[0];
        r.evidence = new Evidence[0];
        r.actionIds = new String[0];
        r.dictionaryVersion = "ru-2026.11.22+e7b0dc1c";
        r.eventTimeMillis = 1735905800000L;
        r.createdAtMillis = 1735905800045L;
        r.sourceTopic = "comments";
        r.sourcePartition = 1;
        r.sourceOffset = 123456789L;
        return r;
    }
}
