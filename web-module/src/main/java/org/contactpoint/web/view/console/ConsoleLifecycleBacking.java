package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.lifecycle.api.LifecycleReport;
import org.contactpoint.lifecycle.api.RecordLifecycle;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * console/lifecycle.xhtml: national administrators run the record lifecycle now (as of today) or dry (as of any
 * date), and follow runs as they go: each chunk's counts are committed as it finishes, so the list shows progress.
 */
@Named
@ViewScoped
public class ConsoleLifecycleBacking implements Serializable {

    static final int SHOWN = 10;

    @EJB
    transient RecordLifecycle lifecycle;

    private LocalDate asOf = LocalDate.now();
    private boolean dryRun = true;
    private List<LifecycleReport> runs = List.of();
    private boolean permitted;

    @PostConstruct
    void load() {
        List<LifecycleReport> found = PageMessages.attempt(() -> lifecycle.recentRuns(SHOWN), null);
        permitted = found != null;
        runs = found == null ? List.of() : found;
    }

    public void start() {
        PageMessages.attempt(() -> lifecycle.run(asOf, dryRun), null);
        refresh();
    }

    public void refresh() {
        runs = PageMessages.attempt(() -> lifecycle.recentRuns(SHOWN), runs);
    }

    /** Poll while a run is in progress. */
    public boolean isRunning() {
        return runs.stream().anyMatch(r -> "RUNNING".equals(r.status()));
    }

    public boolean isPermitted() { return permitted; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public boolean isDryRun() { return dryRun; }
    public void setDryRun(boolean dryRun) { this.dryRun = dryRun; }
    public List<LifecycleReport> getRuns() { return runs; }
}
