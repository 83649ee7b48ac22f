package ru.moderation.moderation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ru.moderation.classify.Classifier;
import ru.moderation.ingest.AuthorType;
import ru.moderation.ingest.CommentEvent;
import ru.moderation.ingest.Surface;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The mass-mailing operator with real keyed RocksDB state and texts classified by the real classifier. */
class MassMailingFunctionHarnessTest {
    static final long T0 = Instant.parse("2025-03-01T10:00:00Z").toEpochMilli();
    static final long MINUTE = 60_000L;
    /** One signal short of spam on its own: an earnings offer without a contact or a sum. */
    static final String ADVERT = "Подработка для всех желающих, подробности позже";

    private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedComment, ClassifiedComment> h;

    @BeforeEach
    void open() throws Exception {
        h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new MassMailingFunction(new MassMailing.Settings(3, Duration.ofHours(1), 0.5))),
                new ModerationWorkflow.FingerprintKey(), Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        h.setup();
        h.open();
    }

    @AfterEach
    void close() throws Exception {
        h.close();
    }

    static ClassifiedComment classified(String author, String community, long time, String text) {
        CommentEvent c = new CommentEvent();
        c.platform = "vk";
        c.communityId = community;
        c.ownerId = "-" + community;
        c.surface = Surface.WALL;
        c.postId = "1";
        c.commentId = author + "-" + time;
        c.authorId = author;
        c.authorType = AuthorType.USER;
        c.text = text;
        c.timestampMillis = time;
        c.eventType = "wall_reply_new";
        return ClassifyOperator.classify(Classifier.defaultRussian(), c);
    }

    private void feed(ClassifiedComment cc) throws Exception {
        h.processElement(new StreamRecord<>(cc, cc.comment.timestampMillis));
    }

    private List<ClassifiedComment> emitted() {
        return h.extractOutputValues();
    }

    private int cleanAudits() {
        return h.getSideOutput(MassMailingFunction.CLEAN_AUDIT) == null ? 0 : h.getSideOutput(MassMailingFunction.CLEAN_AUDIT).size();
    }

    @Test
    void theAdvertIsCleanAloneButCarriesSpamEvidence() {
        ClassifiedComment cc = classified("1", "100", T0, ADVERT);
        assertTrue(cc.isClean(), "the fixture must stay below the spam threshold on its own");
        assertTrue(cc.spamScore >= 0.5, () -> "spam evidence " + cc.spamScore);
    }

    @Test
    void theThirdAuthorWithinAnHourMakesItAMailing() throws Exception {
        feed(classified("1", "100", T0, ADVERT));
        feed(classified("2", "200", T0 + 5 * MINUTE, ADVERT.toUpperCase()));
        assertEquals(0, emitted().size());
        assertEquals(2, cleanAudits());

        feed(classified("3", "300", T0 + 9 * MINUTE, ADVERT + "!!!"));
        feed(classified("4", "100", T0 + 12 * MINUTE, ADVERT));
        List<ClassifiedComment> out = emitted();
        assertEquals(2, out.size());
        assertArrayEquals(new String[] {"SPAM"}, out.get(0).categories);
        assertEquals(MassMailing.RULE, out.get(0).evidence[0].rule);
        assertTrue(out.get(0).evidence[0].term.contains("3"), out.get(0).evidence[0].term);
        assertEquals("3", out.get(0).comment.authorId);
        assertEquals(2, cleanAudits());
    }

    @Test
    void oneAuthorRepeatingIsNotAMailing() throws Exception {
        for (int i = 0; i < 5; i++) {
            feed(classified("1", "100", T0 + i * MINUTE, ADVERT));
        }
        assertEquals(0, emitted().size());
        assertEquals(5, cleanAudits());
    }

    @Test
    void copiesFurtherApartThanTheWindowAreNotAMailing() throws Exception {
        feed(classified("1", "100", T0, ADVERT));
        feed(classified("2", "100", T0 + 40 * MINUTE, ADVERT));
        feed(classified("3", "100", T0 + 80 * MINUTE, ADVERT));
        assertEquals(0, emitted().size());
    }
}
