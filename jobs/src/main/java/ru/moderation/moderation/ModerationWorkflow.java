package ru.moderation.moderation;

import ru.moderation.ingest.CommentEvent;
import ru.moderation.ingest.DeadLetter;
import ru.moderation.ingest.ParseFunction;
import ru.moderation.ingest.RawRecord;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The moderation topology, independent of where records come from and go to (tests and the benchmark
 * inject their own sources and sinks):
 *
 * <pre>
 * raw ─ parse ─(bad)─► dead letters
 *        └─ classify ─(clean)─► audit
 *              ├─(clean, some spam evidence)─ keyBy(text fingerprint) ─ mass mailing ─(still clean)─► audit
 *              │                                                            │(mailing)
 *              └─ keyBy(platform, community, author) ◄──────────────────────┘
 *                    └─ strikes ─► actions
 *                          └─(decision)─► audit
 * </pre>
 *
 * Every operator has a stable uid so state survives upgrades and restores from savepoints.
 */
public final class ModerationWorkflow {
    private ModerationWorkflow() {}

    /** Where the workflow writes. Audit gets two sinks so each stays chained to its producer (no shuffle). */
    public interface Sinks {
        Sink<Action> actions();

        Sink<AuditRecord> audit(String role);

        Sink<DeadLetter> deadLetters();
    }

    public static void define(DataStream<RawRecord> raw, Policies policies, Sinks sinks) {
        define(raw, policies, MassMailing.Settings.defaults(), ClassifyOperator.Batching.defaults(), sinks);
    }

    public static void define(DataStream<RawRecord> raw, Policies policies, MassMailing.Settings mailing,
            ClassifyOperator.Batching batching, Sinks sinks) {
        SingleOutputStreamOperator<CommentEvent> comments = parse(raw, sinks);

        SingleOutputStreamOperator<ClassifiedComment> violations = comments
                .transform("classify comments", TypeInformation.of(ClassifiedComment.class),
                        new ClassifyOperator(mailing, batching))
                .uid("classify");
        violations.getSideOutput(ClassifyOperator.CLEAN_AUDIT)
                .sinkTo(sinks.audit("clean"))
                .uid("audit-clean-sink")
                .name("audit sink (clean)");

        SingleOutputStreamOperator<ClassifiedComment> mailings = violations.getSideOutput(ClassifyOperator.MAILING_SUSPECTS)
                .keyBy(new FingerprintKey())
                .process(new MassMailingFunction(mailing))
                .uid("mass-mailing")
                .name("mass mailing (same text, many authors)");
        mailings.getSideOutput(MassMailingFunction.CLEAN_AUDIT)
                .sinkTo(sinks.audit("mass-mailing"))
                .uid("audit-mass-mailing-sink")
                .name("audit sink (mailing suspects)");

        SingleOutputStreamOperator<Action> actions = violations.union(mailings)
                .keyBy(new StrikeKey())
                .process(new StrikeFunction(policies))
                .uid("strikes")
                .name("strikes and policy");
        actions.sinkTo(sinks.actions()).uid("actions-sink").name("actions sink");
        actions.getSideOutput(StrikeFunction.AUDIT)
                .sinkTo(sinks.audit("decisions"))
                .uid("audit-decisions-sink")
                .name("audit sink (decisions)");
    }

    /**
     * The benchmark's ceiling: the same source, parsing and output serialization, but no classification
     * and no keyed state; every comment is written as a clean audit record.
     */
    public static void defineIdentity(DataStream<RawRecord> raw, Sinks sinks) {
        parse(raw, sinks)
                .map(new AuditWithoutClassification())
                .uid("identity-audit")
                .name("audit without classification")
                .sinkTo(sinks.audit("identity"))
                .uid("audit-identity-sink")
                .name("audit sink (identity)");
    }

    private static SingleOutputStreamOperator<CommentEvent> parse(DataStream<RawRecord> raw, Sinks sinks) {
        SingleOutputStreamOperator<CommentEvent> comments = raw
                .process(new ParseFunction())
                .uid("parse")
                .name("parse comments");
        comments.getSideOutput(ParseFunction.DEAD_LETTERS)
                .sinkTo(sinks.deadLetters())
                .uid("dead-letter-sink")
                .name("dead-letter sink");
        return comments;
    }

    /** Mailing scope: the text, across platforms and communities (ClassifyOperator routes only texts that have one). */
    public static final class FingerprintKey implements KeySelector<ClassifiedComment, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(ClassifiedComment c) {
            return MassMailing.fingerprint(c.comment.text);
        }
    }

    /** Strike scope: (platform, community, author). */
    public static final class StrikeKey implements KeySelector<ClassifiedComment, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(ClassifiedComment c) {
            return c.comment.strikeKey();
        }
    }

    private static final class AuditWithoutClassification implements MapFunction<CommentEvent, AuditRecord> {
        private static final long serialVersionUID = 1L;

        @Override
        public AuditRecord map(CommentEvent c) {
            ClassifiedComment cc = new ClassifiedComment();
            cc.comment = c;
            cc.categories = new String[0];
            cc.evidence = new Evidence[0];
            cc.dictionaryVersion = "none";
            return Audits.of(cc, Decision.CLEAN, 0, null, new String[0], System.currentTimeMillis());
        }
    }
}
