package org.contactpoint.lifecycle.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.lifecycle.api.LifecycleReport;
import org.contactpoint.lifecycle.api.RecordLifecycle;
import org.contactpoint.lifecycle.control.LifecycleBackground;
import org.contactpoint.lifecycle.control.LifecycleClock;
import org.contactpoint.lifecycle.control.LifecycleRuns;
import org.contactpoint.lifecycle.control.LifecycleSweep;
import org.contactpoint.security.api.Permissions;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;

/** {@link RecordLifecycle} for national administrators ({@code system:admin}); the run itself is audited per child. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LifecycleRunning implements RecordLifecycle {

    static final int DRY_RUN_YEARS = 30;

    @Inject
    LifecycleSweep sweep;

    @Inject
    LifecycleBackground background;

    @Inject
    LifecycleRuns runs;

    @Inject
    LifecycleClock clock;

    @Inject
    Callers callers;

    @Override
    @Authorized(Permissions.SYSTEM_ADMIN)
    @Audited("lifecycle.run")
    public Future<LifecycleReport> run(LocalDate asOf, boolean dryRun) {
        LocalDate today = clock.today();
        if (asOf == null) {
            throw new RequestProblem("asOf", "asOf is required: the date to run as of.");
        }
        if (!dryRun && !asOf.equals(today)) {
            throw new RequestProblem("asOf", "asOf must be today (" + today + ") for a real run: other dates are for dry runs.");
        }
        if (asOf.isBefore(today.minusYears(DRY_RUN_YEARS)) || asOf.isAfter(today.plusYears(DRY_RUN_YEARS))) {
            throw new RequestProblem("asOf", "asOf must be within " + DRY_RUN_YEARS + " years of today.");
        }
        String actor = callers.current().username();
        long runId = sweep.reserve(asOf, dryRun, actor);
        return background.execute(runId, asOf, dryRun, actor, callers.channel());
    }

    @Override
    @Authorized(Permissions.SYSTEM_ADMIN)
    @Audited("lifecycle.runs")
    public List<LifecycleReport> recentRuns(int max) {
        return runs.recent(Math.max(1, Math.min(max, 100)));
    }

}
