package org.contactpoint.feed.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.NotFoundProblem;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.api.SourceSystemScope;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.audit.api.NotAudited;
import org.contactpoint.feed.api.BatchReceipt;
import org.contactpoint.feed.api.BatchStatus;
import org.contactpoint.feed.api.BatchTooLarge;
import org.contactpoint.feed.api.FeedBatches;
import org.contactpoint.feed.api.SourceRecordStatus;
import org.contactpoint.feed.control.BatchSpool;
import org.contactpoint.feed.control.FeedBatchProcessor;
import org.contactpoint.feed.control.FeedBatchStore;
import org.contactpoint.security.api.Permissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@link FeedBatches}: a partner system sends and follows its own source's batches only. */
@Stateless
public class FeedBatchReceiving implements FeedBatches {

    @Inject
    Callers callers;

    @Inject
    FeedBatchStore store;

    @Inject
    BatchSpool spool;

    @EJB
    FeedBatchProcessor processor;

    @Override
    @Authorized(Permissions.FEED_SUBMIT)
    @Audited("feed.batch.submit")
    public BatchReceipt submit(@SourceSystemScope String sourceSystem, @NotAudited InputStream body) {
        Path file;
        try {
            file = spool.keep(body, MAX_BATCH_BYTES);
        } catch (BatchSpool.TooLarge e) {
            throw new BatchTooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the batch", e);
        }
        if (file == null) {
            throw new RequestProblem("body", "body: the batch is empty; send one source record per line.");
        }
        long id = store.create(sourceSystem, callers.current().username());
        try {
            file = spool.claim(file, id);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the batch", e);
        }
        processor.process(id, sourceSystem, file, 0);
        return new BatchReceipt(id, sourceSystem, FeedBatchStore.RECEIVED);
    }

    @Override
    @Authorized(Permissions.FEED_SUBMIT)
    @Audited("feed.batch.status")
    public BatchStatus status(@SourceSystemScope String sourceSystem, long batchId, long fromLine) {
        if (fromLine < 1) {
            throw new RequestProblem("fromLine", "fromLine: must be 1 or more.");
        }
        return store.status(sourceSystem, batchId, fromLine)
                .orElseThrow(() -> new NotFoundProblem("batchId", "batchId: " + sourceSystem + " has no batch " + batchId + "."));
    }

    @Override
    @Authorized(Permissions.FEED_SUBMIT)
    @Audited("feed.record.status")
    public SourceRecordStatus sourceRecord(@SourceSystemScope String sourceSystem, String sourceRecordId) {
        return store.sourceRecord(sourceSystem, sourceRecordId)
                .orElseThrow(() -> new NotFoundProblem("sourceRecordId", "sourceRecordId: " + sourceSystem
                        + " has sent no record with this id."));
    }
}
