package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ru.moderation.ingest.AuthorType;
import ru.moderation.ingest.CommentEvent;
import ru.moderation.ingest.Surface;

import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The classify operator's batches: nothing is decided before a batch is cut, and a batch is cut when it
 * is full, when its first comment has waited the longest delay, before a checkpoint barrier and at the
 * end of input; clean comments and violations keep their input order within their outputs.
 */
class ClassifyOperatorHarnessTest {
    private static final String CLEAN = "Когда починят освещение во дворе?";
    private static final String OBSCENE = "Да идите вы нахуй со своим ремонтом";

    private OneInputStreamOperatorTestHarness<CommentEvent, ClassifiedComment> h;

    private void open(int size, long delay) throws Exception {
        h = new OneInputStreamOperatorTestHarness<>(
                new ClassifyOperator(MassMailing.Settings.defaults(), new ClassifyOperator.Batching(size, delay)));
        h.setup();
        h.open();
    }

    @AfterEach
    void close() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    private static CommentEvent comment(String id, String text) {
        CommentEvent c = new CommentEvent();
        c.platform = "vk";
        c.communityId = "100";
        c.ownerId = "-100";
        c.surface = Surface.WALL;
        c.postId = "1";
        c.commentId = id;
        c.authorId = "a" + id;
        c.authorType = AuthorType.USER;
        c.eventType = "wall_reply_new";
        c.text = text;
        return c;
    }

    private void feed(String id, String text) throws Exception {
        h.processElement(new StreamRecord<>(comment(id, text)));
    }

    private List<String> violations() {
        List<String> ids = new ArrayList<>();
        for (ClassifiedComment cc : h.extractOutputValues()) {
            ids.add(cc.comment.commentId);
        }
        return ids;
    }

    private List<String> cleanAudits() {
        List<String> ids = new ArrayList<>();
        ConcurrentLinkedQueue<StreamRecord<AuditRecord>> q = h.getSideOutput(ClassifyOperator.CLEAN_AUDIT);
        if (q != null) {
            for (StreamRecord<AuditRecord> r : q) {
                ids.add(r.getValue().commentId);
            }
        }
        return ids;
    }

    @Test
    void aFullBatchIsDecidedInInputOrder() throws Exception {
        open(3, 60_000);
        feed("1", OBSCENE);
        feed("2", CLEAN);
        assertEquals(List.of(), violations(), "two of three: still waiting");
        assertEquals(List.of(), cleanAudits());
        feed("3", OBSCENE);
        assertEquals(List.of("1", "3"), violations());
        assertEquals(List.of("2"), cleanAudits());
        ClassifiedComment first = h.extractOutputValues().get(0);
        assertTrue(List.of(first.categories).contains("OBSCENITY"));
        assertEquals("нахуй", first.evidence[0].fragment);
    }

    @Test
    void theFirstCommentWaitsAtMostTheDelay() throws Exception {
        open(32, 5);
        h.setProcessingTime(1_000);
        feed("1", CLEAN);
        feed("2", OBSCENE);
        h.setProcessingTime(1_004);
        assertEquals(List.of(), cleanAudits(), "before the delay");
        h.setProcessingTime(1_005);
        assertEquals(List.of("1"), cleanAudits());
        assertEquals(List.of("2"), violations());
        // a new batch starts its own clock
        h.setProcessingTime(2_000);
        feed("3", CLEAN);
        h.setProcessingTime(2_005);
        assertEquals(List.of("1", "3"), cleanAudits());
        assertEquals(1_005, h.getSideOutput(ClassifyOperator.CLEAN_AUDIT).peek().getValue().createdAtMillis,
                "decided when the batch was cut");
    }

    @Test
    void aCheckpointBarrierCutsTheBatch() throws Exception {
        open(32, 60_000);
        feed("1", OBSCENE);
        feed("2", CLEAN);
        h.prepareSnapshotPreBarrier(1L);
        assertEquals(List.of("1"), violations(), "a checkpoint must not hold a comment read but not decided");
        assertEquals(List.of("2"), cleanAudits());
    }

    @Test
    void theEndOfInputCutsTheBatch() throws Exception {
        open(32, 60_000);
        feed("1", CLEAN);
        h.endInput();
        h.getOneInputOperator().finish();
        assertEquals(List.of("1"), cleanAudits());
    }

    @Test
    void aBatchOfOneDecidesOnArrival() throws Exception {
        open(1, 0);
        feed("1", OBSCENE);
        assertEquals(List.of("1"), violations());
    }

    @Test
    void impossibleBatchingIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ClassifyOperator.Batching(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new ClassifyOperator.Batching(8, -1));
    }
}
