package ru.moderation.moderation;

import ru.moderation.classify.Category;
import ru.moderation.classify.Classifier;
import ru.moderation.classify.Match;
import ru.moderation.classify.Verdict;
import ru.moderation.ingest.CommentEvent;

import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;

import java.io.Serializable;
import java.util.List;

/**
 * Classifies each comment. Clean comments are audited right here (side output {@link #CLEAN_AUDIT}),
 * so only violations pay for the shuffle to the keyed strike tracker.
 *
 * <p>Comments are classified in small batches (like the mini-batches of Flink SQL): between two comments
 * the Kafka client, the JSON parser and the writers push the lexicon out of the core's cache, and a
 * cold lexicon doubles the cost of a comment. A batch is cut when it is full, after at most
 * {@code maxDelay} ms, before every checkpoint barrier (so a checkpoint never holds a comment that was
 * read but not decided) and at the end of input. A batch of 1 classifies each comment on arrival.
 */
public class ClassifyOperator extends AbstractStreamOperator<ClassifiedComment>
        implements OneInputStreamOperator<CommentEvent, ClassifiedComment>, ProcessingTimeCallback {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<AuditRecord> CLEAN_AUDIT = new OutputTag<>("audit-clean") {};

    /** Clean comments with some spam evidence, on their way to {@link MassMailingFunction}. */
    public static final OutputTag<ClassifiedComment> MAILING_SUSPECTS = new OutputTag<>("mailing-suspects") {};

    /** Evidence beyond this many matches is dropped: a 10 MB comment of obscenities must still fit a record. */
    static final int MAX_EVIDENCE = 50;

    /** Shared empty arrays: nothing writes into a record's arrays after it is built. */
    private static final String[] NONE = new String[0];
    private static final Evidence[] NO_EVIDENCE = new Evidence[0];

    private final MassMailing.Settings mailing;
    private final Batching batching;
    private transient Classifier classifier;
    private transient Counter violations;
    private transient CommentEvent[] batch;
    private transient ClassifiedComment[] decided;
    private transient int size;
    private transient boolean timerSet;

    /** How many comments are classified together, and how long the first of them may wait. */
    public record Batching(int size, long maxDelayMillis) implements Serializable {
        public Batching {
            if (size < 1 || maxDelayMillis < 0) {
                throw new IllegalArgumentException("batch size must be >= 1 and the delay >= 0: " + size + ", " + maxDelayMillis);
            }
        }

        public static Batching defaults() {
            return new Batching(32, 5);
        }

        public static Batching none() {
            return new Batching(1, 0);
        }
    }

    public ClassifyOperator(MassMailing.Settings mailing, Batching batching) {
        this.mailing = mailing;
        this.batching = batching;
    }

    @Override
    public void open() throws Exception {
        super.open();
        classifier = SharedClassifier.get();
        violations = getMetricGroup().counter("violations");
        batch = new CommentEvent[batching.size()];
        decided = new ClassifiedComment[batching.size()];
    }

    @Override
    public void processElement(StreamRecord<CommentEvent> element) {
        // holding the event is safe with object reuse: the parser builds a new one per record
        batch[size++] = element.getValue();
        if (size == batch.length) {
            flush();
        } else if (!timerSet) {
            timerSet = true;
            getProcessingTimeService().registerTimer(
                    getProcessingTimeService().getCurrentProcessingTime() + batching.maxDelayMillis(), this);
        }
    }

    @Override
    public void onProcessingTime(long time) {
        timerSet = false;
        flush();
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        super.prepareSnapshotPreBarrier(checkpointId);
        flush();
    }

    @Override
    public void finish() throws Exception {
        flush();
        super.finish();
    }

    private void flush() {
        int n = size;
        if (n == 0) {
            return;
        }
        size = 0;
        // classify the whole batch first, while the lexicon is in cache; route afterwards
        for (int i = 0; i < n; i++) {
            decided[i] = classify(classifier, batch[i]);
            batch[i] = null;
        }
        long now = getProcessingTimeService().getCurrentProcessingTime();
        for (int i = 0; i < n; i++) {
            route(decided[i], now);
            decided[i] = null;
        }
    }

    private void route(ClassifiedComment cc, long now) {
        if (cc.isClean() && mailing.enabled() && cc.spamScore >= mailing.minSpamScore()
                && MassMailing.fingerprint(cc.comment.text) != null) {
            output.collect(MAILING_SUSPECTS, new StreamRecord<>(cc));
        } else if (cc.isClean()) {
            output.collect(CLEAN_AUDIT, new StreamRecord<>(Audits.of(cc, Decision.CLEAN, 0, null, NONE, now)));
        } else {
            violations.inc();
            output.collect(new StreamRecord<>(cc));
        }
    }

    static ClassifiedComment classify(Classifier classifier, CommentEvent c) {
        Verdict v = classifier.classify(c.text);
        ClassifiedComment cc = new ClassifiedComment();
        cc.comment = c;
        cc.dictionaryVersion = v.dictionaryVersion();
        cc.spamScore = v.spamScore();
        if (v.isClean()) { // nine comments in ten: skip the stream and array building below
            cc.categories = NONE;
            cc.evidence = NO_EVIDENCE;
            return cc;
        }
        cc.categories = v.categories().stream().map(Category::name).toArray(String[]::new);
        List<Match> matches = v.matches();
        int n = Math.min(matches.size(), MAX_EVIDENCE);
        cc.evidence = new Evidence[n];
        for (int i = 0; i < n; i++) {
            cc.evidence[i] = Evidence.of(matches.get(i), c.text);
        }
        return cc;
    }
}
