package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.contactpoint.feed.control.BatchSpool;
import org.contactpoint.feed.control.FeedBatchRecovery;
import org.contactpoint.feed.control.FeedBatchStore;
import org.contactpoint.feed.control.FeedChunk;
import org.contactpoint.feed.control.FeedLineParser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch cut short by a server stop: its first chunk committed, the rest not. After the restart the recovery
 * finishes it from the line after the checkpoint: every line has exactly one outcome and every record one source
 * record. A batch whose file is gone is marked FAILED saying to send it again.
 */
@ExtendWith(ArquillianExtension.class)
class FeedRecoveryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    FeedChunk chunks;

    @EJB
    FeedBatchRecovery recovery;

    @Inject
    FeedBatchStore batches;

    @Inject
    BatchSpool spool;

    @EJB
    TestStore store;

    @Inject
    Validator validator;

    private static final String[] GIVEN = {"Ada", "Bea", "Cora", "Dora", "Edie", "Faye", "Gwen", "Hope", "Iris", "June"};

    private static List<String> lines(String prefix, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FeedPathIT.Person p = FeedPathIT.Person.unique();
            lines.add("""
                    {"sourceSystem":"LA-CSC","sourceRecordId":"%s-%d","recordVersion":1,"givenNames":"%s",\
                    "familyName":"%s","dateOfBirth":"%s","gender":"female"}""".formatted(prefix, i + 1, GIVEN[i % GIVEN.length],
                    p.family(), p.dob()));
        }
        return lines;
    }

    private long count(String sql, Object... params) {
        return store.inTransaction(em -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private String status(long batchId) {
        return store.inTransaction(em -> (String) em.createNativeQuery("SELECT status FROM feed_batch WHERE id = ?1")
                .setParameter(1, batchId).getSingleResult());
    }

    @Test
    void aBatchCutShortIsFinishedFromItsCheckpointWithNothingLostOrTwice() throws Exception {
        String prefix = "RC" + UUID.randomUUID().toString().substring(0, 8);
        List<String> text = lines(prefix, 450);
        long batchId = batches.create("LA-CSC", "system.la-csc");
        // What the processor had committed when the server stopped: the first chunk of 200 lines.
        FeedLineParser parser = new FeedLineParser(validator);
        List<FeedChunk.BatchLine> first = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            var parsed = parser.parse(text.get(i), i + 1);
            first.add(new FeedChunk.BatchLine(i + 1, parsed.record().sourceRecordId(), parsed.record(), null));
        }
        chunks.applyLines(batchId, first);
        assertThat(status(batchId)).isEqualTo("PROCESSING");
        // The file is put in place after the checkpoint, so the recovery's own timer cannot start from line 1 either.
        Path file = spool.fileOf(batchId);
        Files.createDirectories(file.getParent());
        Files.write(file, text, StandardCharsets.UTF_8);

        recovery.resumeInterrupted();

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!status(batchId).equals("DONE") && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertThat(status(batchId)).isEqualTo("DONE");
        assertThat(count("SELECT COUNT(*) FROM feed_batch_line WHERE batch_id = ?1", batchId)).isEqualTo(450);
        assertThat(count("SELECT COUNT(DISTINCT line_no) FROM feed_batch_line WHERE batch_id = ?1", batchId)).isEqualTo(450);
        assertThat(count("SELECT COUNT(*) FROM source_record WHERE source_record_id LIKE ?1", prefix + "-%")).isEqualTo(450);
        assertThat(count("SELECT linked + created + review FROM feed_batch WHERE id = ?1", batchId)).isEqualTo(450);
        assertThat(count("SELECT ignored + rejected FROM feed_batch WHERE id = ?1", batchId)).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void aBatchWhoseFileIsGoneIsFailedWithWhatToDo() {
        long batchId = batches.create("LA-CSC", "system.la-csc");
        store.inTransaction(em -> em.createNativeQuery("UPDATE feed_batch SET received_at = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(5)))).setParameter(2, batchId)
                .executeUpdate());

        recovery.resumeInterrupted();

        assertThat(status(batchId)).isEqualTo("FAILED");
        String failure = store.inTransaction(em -> (String) em.createNativeQuery("SELECT failure FROM feed_batch WHERE id = ?1")
                .setParameter(1, batchId).getSingleResult());
        assertThat(failure).contains("send the batch again");
    }
}
