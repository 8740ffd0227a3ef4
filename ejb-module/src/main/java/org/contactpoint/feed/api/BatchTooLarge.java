package org.contactpoint.feed.api;

import org.contactpoint.access.api.RequestProblem;

/** A batch over {@link FeedBatches#MAX_BATCH_BYTES}: nothing of it is kept. REST: 413. */
public class BatchTooLarge extends RequestProblem {

    public BatchTooLarge() {
        super("body", "body: a batch may be at most " + FeedBatches.MAX_BATCH_BYTES / (1024 * 1024)
                + " MiB; send the records as several batches.");
    }
}
