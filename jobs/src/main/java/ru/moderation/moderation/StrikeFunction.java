package ru.moderation.moderation;

import ru.moderation.classify.Category;
import ru.moderation.ingest.CommentEvent;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts strikes per (platform, community, author) and decides deletes and blacklists.
 *
 * <p>State: one {@link AuthorStrikes} value per key, with TTL so it never grows without bound.
 * <ul>
 *   <li>the comments that struck, with their comment time: a comment strikes at most once, so a
 *       redelivered event or a re-moderated edit never adds a second strike. Strikes older than the
 *       longest policy window are pruned on every write;</li>
 *   <li>the end of the ban or proposal already issued, so a blacklisted author gets deletes, not
 *       another blacklist.</li>
 * </ul>
 * The value expires when its key has not been written for the longest window (or the longest ban).
 * Windows are measured on comment time, not on wall-clock time, so a replay from a checkpoint decides
 * exactly as the first run did.
 *
 * <p>The values of the {@link #CACHED_AUTHORS} authors struck last are also kept on the heap
 * ({@link RecentStrikes}, write-through), since repeat offenders are who this operator is for.
 */
public class StrikeFunction extends KeyedProcessFunction<String, ClassifiedComment, Action> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<AuditRecord> AUDIT = new OutputTag<>("audit-decisions") {};

    /** A permanent ban still needs a TTL; ten years is forever for a comment section. */
    static final Duration PERMANENT_BAN_STATE_TTL = Duration.ofDays(3650);

    /** An estimated 10 MB of heap per subtask when full (about 500 bytes per author with a few strikes). */
    static final int CACHED_AUTHORS = 20_000;

    private final Policies policies;
    private final int cachedAuthors;
    private transient ValueState<AuthorStrikes> state;
    private transient RecentStrikes recent;
    private transient long keepMillis;
    private transient Counter deletes;
    private transient Counter blacklists;
    private transient Counter duplicates;
    private transient Counter stateReads;

    public StrikeFunction(Policies policies) {
        this(policies, CACHED_AUTHORS);
    }

    /** {@code cachedAuthors} 0 reads every violation's strikes from the state. */
    StrikeFunction(Policies policies, int cachedAuthors) {
        this.policies = policies;
        this.cachedAuthors = cachedAuthors;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<AuthorStrikes> desc = new ValueStateDescriptor<>("author-strikes",
                TypeInformation.of(AuthorStrikes.class));
        Duration ttl = stateTtl();
        desc.enableTimeToLive(ttl(ttl));
        state = getRuntimeContext().getState(desc);
        recent = new RecentStrikes(cachedAuthors, ttl.toMillis());
        keepMillis = policies.maxWindow().toMillis();

        deletes = getRuntimeContext().getMetricGroup().counter("deleteActions");
        blacklists = getRuntimeContext().getMetricGroup().counter("blacklistActions");
        duplicates = getRuntimeContext().getMetricGroup().counter("alreadyActioned");
        // violations whose strikes were not among the recently written ones
        stateReads = getRuntimeContext().getMetricGroup().counter("strikeStateReads");
    }

    private Duration stateTtl() {
        Duration longest = policies.maxWindow();
        Duration ban = policies.defaultPolicy().banDuration();
        // community overrides may ban longer or forever; keep the flag for the longest case
        return ban == null || ban.compareTo(longest) > 0 ? PERMANENT_BAN_STATE_TTL : longest;
    }

    /** Keyed-state TTL as the moderation operators use it: refreshed on write, expired state never read, dropped by RocksDB compaction. */
    static StateTtlConfig ttl(Duration d) {
        return StateTtlConfig.newBuilder(d)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .cleanupInRocksdbCompactFilter(1000)
                .build();
    }

    @Override
    public void processElement(ClassifiedComment in, Context ctx, Collector<Action> out) throws Exception {
        CommentEvent c = in.comment;
        Policy policy = policies.forCommunity(c.platform, c.communityId);
        long now = ctx.timerService().currentProcessingTime();

        String[] acting = acting(in.categories, policy);
        if (acting.length == 0) {
            ctx.output(AUDIT, Audits.of(in, Decision.NO_ACTION, 0, policy, new String[0], now));
            return;
        }
        String key = ctx.getCurrentKey();
        AuthorStrikes s = recent.get(key, now);
        if (s == null) {
            stateReads.inc();
            s = state.value();
            if (s == null) {
                s = new AuthorStrikes();
            }
        }
        long window = policy.window().toMillis();
        String commentKey = c.commentKey();
        if (s.struck(commentKey)) {
            duplicates.inc();
            ctx.output(AUDIT, Audits.of(in, Decision.ALREADY_ACTIONED, s.count(c.timestampMillis, window), policy,
                    new String[0], now));
            return;
        }
        s.add(commentKey, c.timestampMillis, keepMillis);
        int strikes = s.count(c.timestampMillis, window);

        Action delete = Actions.build(ActionType.DELETE_COMMENT, in, acting, strikes, policy, 0L, now);
        delete.actionId = ActionIds.delete(c.platform, c.communityId, commentKey);
        out.collect(delete);
        deletes.inc();

        String decision = Decision.DELETE;
        String[] ids = {delete.actionId};
        if (!s.banned(c.timestampMillis) && strikes >= policy.threshold()) {
            ActionType type = policy.approval() ? ActionType.BLACKLIST_PROPOSED : ActionType.BLACKLIST_USER;
            long banUntil = policy.banUntil(c.timestampMillis);
            Action ban = Actions.build(type, in, acting, strikes, policy, banUntil, now);
            ban.actionId = ActionIds.blacklist(type, c.platform, c.communityId, c.authorId, commentKey);
            out.collect(ban);
            blacklists.inc();
            s.bannedUntil = banUntil;
            decision = policy.approval() ? Decision.DELETE_AND_PROPOSE_BLACKLIST : Decision.DELETE_AND_BLACKLIST;
            ids = new String[] {delete.actionId, ban.actionId};
        }
        state.update(s);
        recent.written(key, s, now);
        ctx.output(AUDIT, Audits.of(in, decision, strikes, policy, ids, now));
    }

    static String[] acting(String[] categories, Policy policy) {
        if (categories == null || categories.length == 0) {
            return new String[0];
        }
        List<String> a = new ArrayList<>(categories.length);
        for (String name : categories) {
            if (policy.categories().contains(Category.valueOf(name))) {
                a.add(name);
            }
        }
        return a.toArray(new String[0]);
    }
}
