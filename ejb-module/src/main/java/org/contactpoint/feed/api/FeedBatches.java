package org.contactpoint.feed.api;

import jakarta.ejb.Local;

import java.io.InputStream;

/**
 * Source records sent by a partner system in batches (REST and SOAP alike). Needs {@code feed:submit:<source>};
 * every call is audited. A batch is read in full and kept before it is accepted, then processed in the background:
 * bad lines are REJECTED with line, field and reason and the batch goes on.
 */
@Local
public interface FeedBatches {

    /** The largest batch accepted, in bytes (about 300,000 typical records); larger files are sent as several batches. */
    long MAX_BATCH_BYTES = 256L * 1024 * 1024;

    /**
     * @param body JSON Lines (FEED-FORMAT.md); read to its end here
     * @throws BatchTooLarge when the body is larger than {@link #MAX_BATCH_BYTES}
     * @throws org.contactpoint.access.api.RequestProblem when the body is empty
     */
    BatchReceipt submit(String sourceSystem, InputStream body);

    /**
     * @param fromLine the first line whose outcome to list (1 for the start); at most {@link BatchStatus#LINES_PER_PAGE}
     * @throws org.contactpoint.access.api.NotFoundProblem when the source has no such batch
     */
    BatchStatus status(String sourceSystem, long batchId, long fromLine);

    /** @throws org.contactpoint.access.api.NotFoundProblem when the source never sent that record */
    SourceRecordStatus sourceRecord(String sourceSystem, String sourceRecordId);
}
