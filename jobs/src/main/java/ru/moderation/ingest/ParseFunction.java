package ru.moderation.ingest;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Parses raw records into comments. Bad records go to the {@link #DEAD_LETTERS} side output with their
 * bytes and coordinates; posts and ignored events are only counted (posts feed statistics later).
 */
public class ParseFunction extends ProcessFunction<RawRecord, CommentEvent> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private transient EventParser parser;
    private transient Counter comments;
    private transient Counter posts;
    private transient Counter ignored;
    private transient Counter deadLetters;

    @Override
    public void open(OpenContext openContext) {
        parser = new EventParser();
        comments = getRuntimeContext().getMetricGroup().counter("comments");
        posts = getRuntimeContext().getMetricGroup().counter("posts");
        ignored = getRuntimeContext().getMetricGroup().counter("ignoredEvents");
        deadLetters = getRuntimeContext().getMetricGroup().counter("deadLetters");
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<CommentEvent> out) {
        ParseOutcome p = parser.parse(raw.value, raw.timestamp);
        switch (p.kind) {
            case COMMENT -> {
                CommentEvent c = p.comment;
                c.sourceTopic = raw.topic;
                c.sourcePartition = raw.partition;
                c.sourceOffset = raw.offset;
                comments.inc();
                out.collect(c);
            }
            case POST -> posts.inc();
            case IGNORED -> ignored.inc();
            case DEAD_LETTER -> {
                deadLetters.inc();
                ctx.output(DEAD_LETTERS, EventParser.deadLetter(raw, p.detail));
            }
        }
    }
}
