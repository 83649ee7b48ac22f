package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ru.moderation.classify.Category;
import ru.moderation.ingest.AuthorType;
import ru.moderation.ingest.CommentEvent;
import ru.moderation.ingest.Surface;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The strike tracker as an operator, with real keyed state, TTL and snapshots. */
class StrikeFunctionHarnessTest {
    static final long T0 = Instant.parse("2025-03-01T10:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    private final List<KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action>> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (var h : opened) {
            h.close();
        }
    }

    private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action> harness(Policies policies)
            throws Exception {
        return harness(policies, null);
    }

    private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action> harness(Policies policies,
            OperatorSubtaskState restore) throws Exception {
        return harness(policies, restore, StrikeFunction.CACHED_AUTHORS);
    }

    private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action> harness(Policies policies,
            OperatorSubtaskState restore, int cachedAuthors) throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new StrikeFunction(policies, cachedAuthors)),
                new ModerationWorkflow.StrikeKey(), Types.STRING);
        opened.add(h);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        h.setup();
        if (restore != null) {
            h.initializeState(restore);
        }
        h.open();
        return h;
    }

    static ClassifiedComment comment(String author, String commentId, long time, String... categories) {
        CommentEvent c = new CommentEvent();
        c.platform = "vk";
        c.communityId = "218000001";
        c.ownerId = "-218000001";
        c.surface = Surface.WALL;
        c.postId = "4410";
        c.commentId = commentId;
        c.authorId = author;
        c.authorType = AuthorType.USER;
        c.text = "текст";
        c.timestampMillis = time;
        c.eventType = "wall_reply_new";
        ClassifiedComment cc = new ClassifiedComment();
        cc.comment = c;
        cc.categories = categories;
        cc.evidence = new Evidence[0];
        cc.dictionaryVersion = "test";
        return cc;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action> h,
            ClassifiedComment c) throws Exception {
        h.processElement(new StreamRecord<>(c, c.comment.timestampMillis));
    }

    private static List<ActionType> types(KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action> h) {
        return h.extractOutputValues().stream().map(a -> a.type).toList();
    }

    private static List<String> decisions(KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action> h) {
        return h.getSideOutput(StrikeFunction.AUDIT).stream().map(r -> r.getValue().decision).toList();
    }

    @Test
    void secondViolationBlacklistsWithTheDefaultThreshold() throws Exception {
        var h = harness(Policies.defaults());
        send(h, comment("100", "1", T0, "OBSCENITY"));
        assertEquals(List.of(ActionType.DELETE_COMMENT), types(h));
        assertEquals(1, h.extractOutputValues().get(0).strikes);

        send(h, comment("100", "2", T0 + HOUR, "INSULT"));
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT, ActionType.BLACKLIST_USER), types(h));
        Action ban = h.extractOutputValues().get(2);
        assertEquals(2, ban.strikes);
        assertEquals(T0 + HOUR + 30 * DAY, ban.banUntilMillis);
        assertEquals(List.of(Decision.DELETE, Decision.DELETE_AND_BLACKLIST), decisions(h));
    }

    @Test
    void authorsAndCommunitiesCountSeparately() throws Exception {
        var h = harness(Policies.defaults());
        send(h, comment("100", "1", T0, "OBSCENITY"));
        send(h, comment("200", "2", T0, "OBSCENITY"));
        ClassifiedComment otherCommunity = comment("100", "3", T0, "OBSCENITY");
        otherCommunity.comment.communityId = "999";
        send(h, otherCommunity);
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT), types(h));
    }

    @Test
    void alreadyBlacklistedAuthorGetsDeletesOnly() throws Exception {
        var h = harness(Policies.defaults());
        send(h, comment("100", "1", T0, "OBSCENITY"));
        send(h, comment("100", "2", T0 + 1, "OBSCENITY"));
        send(h, comment("100", "3", T0 + 2, "SPAM"));
        send(h, comment("100", "4", T0 + 3, "INSULT"));
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT, ActionType.BLACKLIST_USER,
                ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT), types(h));
        assertEquals(4, h.extractOutputValues().get(4).strikes);
    }

    @Test
    void strikesOutsideTheWindowDoNotCount() throws Exception {
        Policy weekly = new Policy("default", 2, Duration.ofDays(7), false, EnumSet.allOf(Category.class),
                Duration.ofDays(1));
        var h = harness(new Policies(weekly, Map.of()));
        send(h, comment("100", "1", T0, "OBSCENITY"));
        send(h, comment("100", "2", T0 + 8 * DAY, "OBSCENITY"));
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT), types(h));
        assertEquals(1, h.extractOutputValues().get(1).strikes);
        send(h, comment("100", "3", T0 + 9 * DAY, "OBSCENITY"));
        assertEquals(ActionType.BLACKLIST_USER, types(h).get(3));
    }

    @Test
    void expiredBanAllowsANewBlacklist() throws Exception {
        Policy shortBan = new Policy("default", 2, Duration.ofDays(30), false, EnumSet.allOf(Category.class),
                Duration.ofDays(1));
        var h = harness(new Policies(shortBan, Map.of()));
        send(h, comment("100", "1", T0, "OBSCENITY"));
        send(h, comment("100", "2", T0 + 1, "OBSCENITY")); // blacklisted until T0 + 1 day
        send(h, comment("100", "3", T0 + 2 * DAY, "OBSCENITY"));
        assertEquals(2, types(h).stream().filter(t -> t == ActionType.BLACKLIST_USER).count());
    }

    @Test
    void redeliveryAndEditsNeverAddASecondStrike() throws Exception {
        var h = harness(Policies.defaults());
        ClassifiedComment first = comment("100", "1", T0, "OBSCENITY");
        first.comment.eventId = "evt-1";
        send(h, first);
        send(h, first); // the same event delivered again
        ClassifiedComment edit = comment("100", "1", T0 + 60_000, "OBSCENITY", "INSULT");
        edit.comment.edit = true;
        edit.comment.eventType = "wall_reply_edit";
        send(h, edit); // edited, still violating
        assertEquals(List.of(ActionType.DELETE_COMMENT), types(h));
        assertEquals(List.of(Decision.DELETE, Decision.ALREADY_ACTIONED, Decision.ALREADY_ACTIONED), decisions(h));

        // an edit that turns a clean comment into a violation is a first strike for that comment
        ClassifiedComment cleanThenDirty = comment("100", "2", T0 + 120_000, "SPAM");
        cleanThenDirty.comment.edit = true;
        send(h, cleanThenDirty);
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT, ActionType.BLACKLIST_USER), types(h));
    }

    @Test
    void actionIdsAreDeterministic() throws Exception {
        var a = harness(Policies.defaults());
        var b = harness(Policies.defaults());
        for (var h : List.of(a, b)) {
            send(h, comment("100", "1", T0, "OBSCENITY"));
            send(h, comment("100", "2", T0 + 1, "OBSCENITY"));
        }
        List<String> idsA = a.extractOutputValues().stream().map(x -> x.actionId).toList();
        List<String> idsB = b.extractOutputValues().stream().map(x -> x.actionId).toList();
        assertEquals(idsA, idsB);
        assertEquals(3, idsA.stream().distinct().count());
    }

    @Test
    void approvalModeProposesInsteadOfBlacklisting() throws Exception {
        Policies policies = Policies.parse("""
                {"communities": {"vk:218000001": {"mode": "approval", "banDuration": "permanent"}}}""", "test");
        var h = harness(policies);
        send(h, comment("100", "1", T0, "OBSCENITY"));
        send(h, comment("100", "2", T0 + 1, "OBSCENITY"));
        send(h, comment("100", "3", T0 + 2, "OBSCENITY"));
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT, ActionType.BLACKLIST_PROPOSED,
                ActionType.DELETE_COMMENT), types(h));
        Action proposal = h.extractOutputValues().get(2);
        assertEquals("approval", proposal.mode);
        assertEquals(0L, proposal.banUntilMillis);
        assertEquals("vk:218000001", proposal.policyName);
        assertEquals(Decision.DELETE_AND_PROPOSE_BLACKLIST, decisions(h).get(1));
    }

    @Test
    void categoriesOutsideThePolicyAreOnlyAudited() throws Exception {
        Policies policies = Policies.parse("{\"default\": {\"categories\": [\"OBSCENITY\"]}}", "test");
        var h = harness(policies);
        send(h, comment("100", "1", T0, "SPAM"));
        send(h, comment("100", "2", T0 + 1, "SPAM", "OBSCENITY"));
        assertEquals(List.of(ActionType.DELETE_COMMENT), types(h));
        assertEquals(List.of("OBSCENITY"), List.of(h.extractOutputValues().get(0).categories));
        assertEquals(List.of(Decision.NO_ACTION, Decision.DELETE), decisions(h));
    }

    @ParameterizedTest(name = "{0} authors cached")
    @ValueSource(ints = {0, StrikeFunction.CACHED_AUTHORS})
    void stateExpiresAfterItsTtl(int cachedAuthors) throws Exception {
        Policy weekly = new Policy("default", 2, Duration.ofDays(7), false, EnumSet.allOf(Category.class),
                Duration.ofDays(1));
        var h = harness(new Policies(weekly, Map.of()), null, cachedAuthors);
        // both clocks run on wall time in a job: the state's TTL and the operator's processing time
        h.setStateTtlProcessingTime(0);
        h.setProcessingTime(0);
        send(h, comment("100", "1", T0, "OBSCENITY"));
        h.setStateTtlProcessingTime(7 * DAY - 1);
        h.setProcessingTime(7 * DAY - 1);
        send(h, comment("100", "1", T0, "OBSCENITY")); // still known
        h.setStateTtlProcessingTime(7 * DAY);
        h.setProcessingTime(7 * DAY);
        // the old strike's state is gone: a redelivery of comment 1 counts as a new first strike
        send(h, comment("100", "1", T0, "OBSCENITY"));
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.DELETE_COMMENT), types(h));
        assertEquals(List.of(Decision.DELETE, Decision.ALREADY_ACTIONED, Decision.DELETE), decisions(h));
        assertEquals(1, h.extractOutputValues().get(1).strikes);
    }

    /**
     * The heap cache of recent strikes must never change a decision: the same random stream (repeat
     * offenders, redeliveries, windows, bans, state expiring) through a function that always reads the
     * state, one whose cache is far smaller than the authors (constant eviction) and the default one.
     */
    @Test
    void cachingRecentStrikesNeverChangesADecision() throws Exception {
        Policy policy = new Policy("default", 3, Duration.ofDays(2), false, EnumSet.allOf(Category.class),
                Duration.ofHours(12));
        Policies policies = new Policies(policy, Map.of());
        List<KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action>> hs = List.of(
                harness(policies, null, 0), harness(policies, null, 3), harness(policies, null, StrikeFunction.CACHED_AUTHORS));
        SplittableRandom random = new SplittableRandom(20261123L);
        long time = T0;
        long clock = 0;
        for (int i = 0; i < 3000; i++) {
            time += random.nextLong(4 * HOUR);
            // now and then the job runs on without strikes for longer than the state's TTL
            clock += random.nextInt(50) == 0 ? 3 * DAY : random.nextLong(HOUR);
            String commentId = Integer.toString(random.nextInt(10) == 0 ? Math.max(1, i - random.nextInt(20)) : i);
            ClassifiedComment c = comment(Integer.toString(random.nextInt(12)), commentId, time, "OBSCENITY");
            for (var h : hs) {
                h.setStateTtlProcessingTime(clock);
                h.setProcessingTime(clock);
                send(h, c);
            }
        }
        List<String> expected = outcome(hs.get(0));
        assertTrue(expected.stream().filter(o -> o.startsWith("BLACKLIST_USER")).count() > 50, "the stream must ban");
        assertTrue(decisions(hs.get(0)).contains(Decision.ALREADY_ACTIONED), "and redeliver");
        for (var cached : hs.subList(1, 3)) {
            assertSameSequence(expected, outcome(cached));
            assertSameSequence(decisions(hs.get(0)), decisions(cached));
        }
    }

    /** Names the first difference instead of printing thousands of actions. */
    private static void assertSameSequence(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "element " + i);
        }
        assertEquals(expected.size(), actual.size(), "length");
    }

    private static List<String> outcome(KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, Action> h) {
        return h.extractOutputValues().stream()
                .map(a -> a.type + " " + a.actionId + " " + a.strikes + " " + a.banUntilMillis).toList();
    }

    @Test
    void strikesSurviveSnapshotAndRestore() throws Exception {
        var h = harness(Policies.defaults());
        send(h, comment("100", "1", T0, "OBSCENITY"));
        OperatorSubtaskState snapshot = h.snapshot(1L, T0);
        h.close();
        opened.remove(h);

        var restored = harness(Policies.defaults(), snapshot);
        send(restored, comment("100", "1", T0, "OBSCENITY")); // replayed after the checkpoint: no new strike
        send(restored, comment("100", "2", T0 + 1, "OBSCENITY"));
        assertEquals(List.of(ActionType.DELETE_COMMENT, ActionType.BLACKLIST_USER), types(restored));
        assertEquals(List.of(Decision.ALREADY_ACTIONED, Decision.DELETE_AND_BLACKLIST), decisions(restored));
        assertNotEquals(restored.extractOutputValues().get(0).actionId, restored.extractOutputValues().get(1).actionId);
    }
}
