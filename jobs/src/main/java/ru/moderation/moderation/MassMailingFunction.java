package ru.moderation.moderation;

import ru.moderation.classify.Category;
import ru.moderation.classify.Match;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;


/**
 * Keyed by a text's fingerprint: counts the distinct authors who posted it recently. The copy that brings
 * the count to the threshold, and every later one, leaves as a SPAM violation (on to the strike tracker);
 * the others are audited clean here.
 */
public class MassMailingFunction extends KeyedProcessFunction<String, ClassifiedComment, ClassifiedComment> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<AuditRecord> CLEAN_AUDIT = new OutputTag<>("audit-mass-mailing-clean") {};

    private final MassMailing.Settings settings;
    private transient ValueState<MassMailing.RecentAuthors> state;
    private transient Counter mailings;

    public MassMailingFunction(MassMailing.Settings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<MassMailing.RecentAuthors> desc = new ValueStateDescriptor<>("recent-authors",
                TypeInformation.of(MassMailing.RecentAuthors.class));
        desc.enableTimeToLive(StrikeFunction.ttl(settings.window()));
        state = getRuntimeContext().getState(desc);
        mailings = getRuntimeContext().getMetricGroup().counter("massMailings");
    }

    @Override
    public void processElement(ClassifiedComment in, Context ctx, Collector<ClassifiedComment> out) throws Exception {
        MassMailing.RecentAuthors recent = state.value();
        if (recent == null) {
            recent = new MassMailing.RecentAuthors();
        }
        // event time, so a replay decides as the live run did
        long when = in.comment.timestampMillis;
        int authors = recent.record(authorHash(in), when, settings.window().toMillis(), settings.authors());
        state.update(recent);
        if (authors < settings.authors()) {
            ctx.output(CLEAN_AUDIT, Audits.of(in, Decision.CLEAN, 0, null, new String[0],
                    ctx.timerService().currentProcessingTime()));
            return;
        }
        mailings.inc();
        out.collect(asMailing(in, authors));
    }

    private static long authorHash(ClassifiedComment in) {
        // authors are counted across communities: a bot posts the same advert on many pages
        return ((long) in.comment.platform.hashCode() << 32) ^ (in.comment.authorId == null ? 0 : in.comment.authorId.hashCode());
    }

    static ClassifiedComment asMailing(ClassifiedComment in, int authors) {
        ClassifiedComment cc = new ClassifiedComment();
        cc.comment = in.comment;
        cc.dictionaryVersion = in.dictionaryVersion;
        cc.spamScore = in.spamScore;
        cc.categories = new String[] {Category.SPAM.name()};
        String text = in.comment.text == null ? "" : in.comment.text;
        Match repeated = new Match(Category.SPAM, MassMailing.RULE,
                MassMailing.TERM + ": тот же текст от " + authors + " авторов", 0, text.length());
        cc.evidence = new Evidence[] {Evidence.of(repeated, text)};
        return cc;
    }
}
