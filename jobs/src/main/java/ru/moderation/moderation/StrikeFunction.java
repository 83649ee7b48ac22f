package ru.moderation.moderation;

import ru.moderation.classify.Category;
import ru.moderation.ingest.CommentEvent;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts strikes per (platform, community, author) and decides deletes and blacklists.
 *
 * <p>State, all with TTL so it never grows without bound:
 * <ul>
 *   <li>{@code struck}: comment key → comment time of its strike. A comment strikes at most once, so a
 *       redelivered event or a re-moderated edit never adds a second strike. Entries live as long as
 *       the longest policy window (per-entry TTL of a MapState).</li>
 *   <li>{@code blacklistedUntil}: the end of the ban or proposal already issued (0 = permanent), so a
 *       blacklisted author gets deletes, not another blacklist.</li>
 * </ul>
 * Windows are measured on comment time, not on wall-clock time, so a replay from a checkpoint decides
 * exactly as the first run did.
 */
public class StrikeFunction extends KeyedProcessFunction<String, ClassifiedComment, Action> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<AuditRecord> AUDIT = new OutputTag<>("audit-decisions") {};

    /** A permanent ban still needs a TTL; ten years is forever for a comment section. */
    static final Duration PERMANENT_BAN_STATE_TTL = Duration.ofDays(3650);

    private final Policies policies;
    private transient MapState<String, Long> struck;
    private transient ValueState<Long> blacklistedUntil;
    private transient Counter deletes;
    private transient Counter blacklists;
    private transient Counter duplicates;

    public StrikeFunction(Policies policies) {
        this.policies = policies;
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<String, Long> struckDesc = new MapStateDescriptor<>("struck-comments", Types.STRING, Types.LONG);
        struckDesc.enableTimeToLive(ttl(policies.maxWindow()));
        struck = getRuntimeContext().getMapState(struckDesc);

        ValueStateDescriptor<Long> banDesc = new ValueStateDescriptor<>("blacklisted-until", Types.LONG);
        banDesc.enableTimeToLive(ttl(banStateTtl()));
        blacklistedUntil = getRuntimeContext().getState(banDesc);

        deletes = getRuntimeContext().getMetricGroup().counter("deleteActions");
        blacklists = getRuntimeContext().getMetricGroup().counter("blacklistActions");
        duplicates = getRuntimeContext().getMetricGroup().counter("alreadyActioned");
    }

    private Duration banStateTtl() {
        Duration longest = policies.maxWindow();
        Duration ban = policies.defaultPolicy().banDuration();
        // community overrides may ban longer or forever; keep the flag for the longest case
        return ban == null || ban.compareTo(longest) > 0 ? PERMANENT_BAN_STATE_TTL : longest;
    }

    private static StateTtlConfig ttl(Duration d) {
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
        String commentKey = c.commentKey();
        if (struck.contains(commentKey)) {
            duplicates.inc();
            ctx.output(AUDIT, Audits.of(in, Decision.ALREADY_ACTIONED, countStrikes(c.timestampMillis, policy), policy,
                    new String[0], now));
            return;
        }
        struck.put(commentKey, c.timestampMillis);
        int strikes = countStrikes(c.timestampMillis, policy);

        Action delete = Actions.build(ActionType.DELETE_COMMENT, in, acting, strikes, policy, 0L, now);
        delete.actionId = ActionIds.delete(c.platform, c.communityId, commentKey);
        out.collect(delete);
        deletes.inc();

        String decision = Decision.DELETE;
        String[] ids = {delete.actionId};
        Long until = blacklistedUntil.value();
        boolean alreadyBanned = until != null && (until == 0L || until > c.timestampMillis);
        if (!alreadyBanned && strikes >= policy.threshold()) {
            ActionType type = policy.approval() ? ActionType.BLACKLIST_PROPOSED : ActionType.BLACKLIST_USER;
            long banUntil = policy.banUntil(c.timestampMillis);
            Action ban = Actions.build(type, in, acting, strikes, policy, banUntil, now);
            ban.actionId = ActionIds.blacklist(type, c.platform, c.communityId, c.authorId, commentKey);
            out.collect(ban);
            blacklists.inc();
            blacklistedUntil.update(banUntil);
            decision = policy.approval() ? Decision.DELETE_AND_PROPOSE_BLACKLIST : Decision.DELETE_AND_BLACKLIST;
            ids = new String[] {delete.actionId, ban.actionId};
        }
        ctx.output(AUDIT, Audits.of(in, decision, strikes, policy, ids, now));
    }

    /** Strikes whose comment time lies within the policy window ending at {@code at}. */
    private int countStrikes(long at, Policy policy) throws Exception {
        long from = at - policy.window().toMillis();
        int n = 0;
        for (Map.Entry<String, Long> e : struck.entries()) {
            long t = e.getValue();
            if (t > from && t <= at) {
                n++;
            }
        }
        return n;
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
