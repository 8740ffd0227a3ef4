package org.contactpoint.audit.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every {@link AuditFollower} up with the audit stream: every 20 seconds, page after page until caught up.
 * A singleton, so timers on one instance never overlap; other instances wait on the checkpoint row.
 */
// Made at deployment, not by its first timer: one made while the application stops broke Payara's undeploy.
@Startup
@DependsOn("SchemaStartup")
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditFollowing {

    private static final Logger LOG = Logger.getLogger(AuditFollowing.class.getName());

    @Inject
    Instance<AuditFollower> followers;

    @Inject
    AuditStreamPages pages;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void onTimer() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Following the audit stream failed; the next run starts from the last checkpoint", e);
        }
    }

    /** Applies every event appended so far to every follower (also called by tests, instead of waiting). */
    public void catchUp() {
        for (AuditFollower follower : followers) {
            while (pages.next(follower) == AuditStreamPages.PAGE) {
                // the next page
            }
        }
    }
}
