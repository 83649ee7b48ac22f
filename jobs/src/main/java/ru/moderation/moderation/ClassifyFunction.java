package ru.moderation.moderation;

import ru.moderation.classify.Category;
import ru.moderation.classify.Classifier;
import ru.moderation.classify.Match;
import ru.moderation.classify.Verdict;
import ru.moderation.ingest.CommentEvent;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.List;

/**
 * Classifies each comment. Clean comments are audited right here (side output {@link #CLEAN_AUDIT}),
 * so only violations pay for the shuffle to the keyed strike tracker.
 */
public class ClassifyFunction extends ProcessFunction<CommentEvent, ClassifiedComment> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<AuditRecord> CLEAN_AUDIT = new OutputTag<>("audit-clean") {};

    /** Evidence beyond this many matches is dropped: a 10 MB comment of obscenities must still fit a record. */
    static final int MAX_EVIDENCE = 50;

    /** Shared empty arrays: nothing writes into a record's arrays after it is built. */
    private static final String[] NONE = new String[0];
    private static final Evidence[] NO_EVIDENCE = new Evidence[0];

    /** Clean comments with some spam evidence, on their way to {@link MassMailingFunction}. */
    public static final OutputTag<ClassifiedComment> MAILING_SUSPECTS = new OutputTag<>("mailing-suspects") {};

    private final MassMailing.Settings mailing;
    private transient Classifier classifier;
    private transient Counter violations;

    public ClassifyFunction() {
        this(MassMailing.Settings.defaults());
    }

    public ClassifyFunction(MassMailing.Settings mailing) {
        this.mailing = mailing;
    }

    @Override
    public void open(OpenContext openContext) {
        classifier = SharedClassifier.get();
        violations = getRuntimeContext().getMetricGroup().counter("violations");
    }

    @Override
    public void processElement(CommentEvent c, Context ctx, Collector<ClassifiedComment> out) {
        ClassifiedComment cc = classify(classifier, c);
        if (cc.isClean() && mailing.enabled() && cc.spamScore >= mailing.minSpamScore()
                && MassMailing.fingerprint(c.text) != null) {
            ctx.output(MAILING_SUSPECTS, cc);
        } else if (cc.isClean()) {
            ctx.output(CLEAN_AUDIT, Audits.of(cc, Decision.CLEAN, 0, null, NONE,
                    ctx.timerService().currentProcessingTime()));
        } else {
            violations.inc();
            out.collect(cc);
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
