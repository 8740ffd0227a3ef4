package org.contactpoint.feed.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Finishes batches that were cut short: by a server stop (found after the restart) or by the database going away
 * (processing stops and waits). Every 30 seconds, each unfinished batch nobody here is working on is resumed from
 * the line after its last committed chunk; one whose file is gone is marked FAILED, saying to send it again.
 * One server instance is assumed to do the feed work.
 */
// Made at deployment, not by its first timer: one made while the application stops broke Payara's undeploy.
@Startup
@DependsOn("SchemaStartup")
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedBatchRecovery {

    private static final Logger LOG = Logger.getLogger(FeedBatchRecovery.class.getName());

    @Inject
    FeedBatchStore store;

    @Inject
    BatchSpool spool;

    @Inject
    BatchesInProgress inProgress;

    @EJB
    FeedBatchProcessor processor;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void resumeInterrupted() {
        try {
            for (FeedBatchStore.Unfinished b : store.unfinished()) {
                if (inProgress.isWorking(b.batchId())) {
                    continue;
                }
                Path file = spool.fileOf(b.batchId());
                if (Files.exists(file)) {
                    LOG.info(() -> "Feed batch " + b.batchId() + " resumes after line " + b.linesRead());
                    processor.process(b.batchId(), b.sourceSystem(), file, b.linesRead());
                } else if (b.receivedBefore(java.time.Instant.now().minusSeconds(60))) {
                    store.finish(b.batchId(), "the batch's file was lost when the server stopped; lines up to "
                            + b.linesRead() + " are processed; send the batch again (processed lines are IGNORED)");
                }
            }
        } catch (RuntimeException e) {
            // The database is away: the next tick tries again.
            LOG.warning(() -> "Unfinished feed batches not checked: " + e.getClass().getName());
        }
    }
}
