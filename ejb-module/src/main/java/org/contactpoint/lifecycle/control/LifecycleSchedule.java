package org.contactpoint.lifecycle.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.audit.entity.Channel;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily run, at 02:30 server time (non-persistent: a server down at that time runs the next night, and a run
 * finds whatever became due since, so nothing is missed).
 */
// Made at deployment, not by its first timer: one made while the application stops broke Payara's undeploy.
@Startup
@DependsOn("SchemaStartup")
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LifecycleSchedule {

    public static final String ACTOR = "system.lifecycle";

    private static final Logger LOG = Logger.getLogger(LifecycleSchedule.class.getName());

    @Inject
    LifecycleSweep sweep;

    @Inject
    LifecycleClock clock;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void daily() {
        LocalDate today = clock.today();
        try {
            long runId = sweep.reserve(today, false, ACTOR);
            sweep.execute(runId, today, false, ACTOR, Channel.SCHEDULE);
        } catch (RequestProblem e) {
            LOG.warning("The daily lifecycle run was skipped: " + e.getMessage());
        }
    }
}
