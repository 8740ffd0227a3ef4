package org.contactpoint.feed.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.contactpoint.feed.api.FeedProblem;
import org.contactpoint.feed.api.InvalidFeedRecordException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through a received batch in the background, in chunks that each commit with their outcomes and the batch's
 * checkpoint (its last line). A chunk that cannot be stored is retried line by line, so one bad record is REJECTED
 * and the rest of the batch goes on — unless the database itself is away: then the batch stops where it is, keeps
 * its file and is resumed from its checkpoint by {@link FeedBatchRecovery}, so no line is lost or applied twice.
 * Log lines name the batch and line only, never a record's data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedBatchProcessor {

    private static final Logger LOG = Logger.getLogger(FeedBatchProcessor.class.getName());
    static final int CHUNK = 200;

    /** The database did not answer: stop, keep the file, resume later. */
    static final class DatabaseAway extends RuntimeException {
        DatabaseAway(Throwable cause) {
            super(cause);
        }
    }

    @EJB
    FeedChunk chunks;

    @Inject
    FeedBatchStore store;

    @Inject
    BatchesInProgress inProgress;

    @EJB
    LoadStatistics statistics;

    @Resource
    ValidatorFactory validation;

    /** Processes the batch's lines after {@code linesDone} (0 for a new batch); does nothing if it is in hand already. */
    @Asynchronous
    public void process(long batchId, String sourceSystem, Path file, long linesDone) {
        if (!inProgress.claim(batchId)) {
            return;
        }
        try {
            if (store.resumeAfter(batchId).isPresent()) { // not finished meanwhile by someone else
                processClaimed(batchId, sourceSystem, file, linesDone);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Feed batch " + batchId + " waits for the database: " + e.getClass().getName());
        } finally {
            inProgress.release(batchId);
        }
    }

    private void processClaimed(long batchId, String sourceSystem, Path file, long linesDone) {
        FeedLineParser parser = new FeedLineParser(FeedLineParser.validator(validation));
        List<FeedChunk.BatchLine> chunk = new ArrayList<>(CHUNK);
        String failure = null;
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            long lineNo = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                lineNo++;
                if (lineNo <= linesDone) {
                    continue;
                }
                if (!text.isBlank()) {
                    chunk.add(parse(parser, text, lineNo, sourceSystem));
                }
                if (chunk.size() == CHUNK) {
                    store(batchId, chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                store(batchId, chunk);
            }
        } catch (DatabaseAway e) {
            LOG.warning(() -> "Feed batch " + batchId + " stopped: the database is not answering; it resumes when it is");
            return;
        } catch (CharacterCodingException e) {
            failure = "the batch is not UTF-8 text; lines before the first bad byte are processed";
        } catch (IOException | RuntimeException e) {
            failure = "processing stopped unexpectedly; lines before the failure are processed";
            LOG.log(Level.SEVERE, "Feed batch " + batchId + " stopped", e);
        }
        store.finish(batchId, failure);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Feed batch " + batchId + ": spooled file not deleted: " + e.getMessage());
        }
    }

    private static FeedChunk.BatchLine parse(FeedLineParser parser, String text, long lineNo, String sourceSystem) {
        try {
            FeedLineParser.ParsedLine parsed = parser.parse(text, lineNo);
            if (!parsed.record().sourceSystem().equals(sourceSystem)) {
                return new FeedChunk.BatchLine(lineNo, parsed.record().sourceRecordId(), null, new FeedProblem(lineNo,
                        "sourceSystem", "must be " + sourceSystem + ", the source this batch was sent for"));
            }
            FeedProblem dropped = parsed.dropped().isEmpty() ? null : parsed.dropped().get(0);
            return new FeedChunk.BatchLine(lineNo, parsed.record().sourceRecordId(), parsed.record(), dropped);
        } catch (InvalidFeedRecordException e) {
            FeedProblem first = e.problems().get(0);
            return new FeedChunk.BatchLine(lineNo, null, null, first);
        }
    }

    /**
     * A chunk that fails is tried once more whole (another batch may have held a row it needed: a conflict, not a
     * fault of the records), then line by line, each line twice, so only a line that cannot be stored is rejected.
     */
    private void store(long batchId, List<FeedChunk.BatchLine> chunk) {
        if (tryApply(batchId, chunk) || tryApply(batchId, chunk)) {
            refreshStatistics(chunk.size());
            return;
        }
        for (FeedChunk.BatchLine line : chunk) {
            if (tryApply(batchId, List.of(line)) || tryApply(batchId, List.of(line))) {
                continue;
            }
            long no = line.line();
            LOG.warning(() -> "Feed batch " + batchId + ", line " + no + " could not be stored");
            chunks.applyLines(batchId, List.of(new FeedChunk.BatchLine(no, line.sourceRecordId(), null,
                    new FeedProblem(no, "(line)", "could not be stored alongside the data already held"))));
        }
    }

    /** Planner statistics help speed only: a failure to refresh them never stops a batch. */
    private void refreshStatistics(int applied) {
        try {
            statistics.applied(applied);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Planner statistics not refreshed: " + e.getClass().getName());
        }
    }

    /** False when the lines could not be stored; throws {@link DatabaseAway} when the database is not answering. */
    private boolean tryApply(long batchId, List<FeedChunk.BatchLine> lines) {
        try {
            chunks.applyLines(batchId, lines);
            return true;
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            if (!databaseAnswers()) {
                throw new DatabaseAway(e);
            }
            // The exception's text may quote the record's values: only its type is logged.
            LOG.fine(() -> "Feed batch " + batchId + ": lines from " + lines.get(0).line() + " not stored: " + e.getClass().getName());
            return false;
        }
    }

    private boolean databaseAnswers() {
        try {
            return store.databaseAnswers();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
