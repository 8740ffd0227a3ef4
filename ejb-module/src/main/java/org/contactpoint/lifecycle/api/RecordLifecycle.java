package org.contactpoint.lifecycle.api;

import jakarta.ejb.Local;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The record lifecycle on demand (national administrators; it also runs daily on its own): children reaching 18
 * are archived, consenting care leavers at 25, a deceased child's record a year after death; archived records are
 * purged six years after archiving (audit events kept). Idempotent: running again as of the same date changes
 * nothing more, and a run cut short is finished by the next.
 */
@Local
public interface RecordLifecycle {

    /**
     * Starts a run in the background and returns at once; the future completes with its report, and
     * {@link #recentRuns} shows its counts while it goes. A real run is as of today only; a dry run may be as of any
     * date (what that day would bring) and changes nothing.
     */
    Future<LifecycleReport> run(LocalDate asOf, boolean dryRun);

    /** The latest runs, newest first. */
    List<LifecycleReport> recentRuns(int max);
}
