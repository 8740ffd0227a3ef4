package org.contactpoint.lifecycle.control;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.lifecycle.api.LifecycleReport;

import java.time.LocalDate;
import java.util.concurrent.Future;

/** Runs a reserved lifecycle run on the server's own threads, outside any transaction (each chunk has its own). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LifecycleBackground {

    @Inject
    LifecycleSweep sweep;

    @Asynchronous
    public Future<LifecycleReport> execute(long runId, LocalDate asOf, boolean dryRun, String actor, Channel channel) {
        return new AsyncResult<>(sweep.execute(runId, asOf, dryRun, actor, channel));
    }
}
