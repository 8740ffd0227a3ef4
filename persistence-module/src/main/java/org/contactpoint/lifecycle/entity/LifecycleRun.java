package org.contactpoint.lifecycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One run of the record lifecycle (real or dry), as of a date; its counts are in {@code lifecycle_run_count}. */
@Entity
@Table(name = "lifecycle_run")
public class LifecycleRun {

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    @SequenceGenerator(name = "lifecycle_run_seq", sequenceName = "lifecycle_run_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lifecycle_run_seq")
    private Long id;

    @NotNull
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @NotNull
    @Size(max = 64)
    @Column(name = "started_by", length = 64, nullable = false)
    private String startedBy;

    @NotNull
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private Status status = Status.RUNNING;

    @Size(max = 400)
    @Column(name = "failure", length = 400)
    private String failure;

    @Version
    private long version;

    protected LifecycleRun() {
        // for JPA
    }

    public LifecycleRun(LocalDate asOf, boolean dryRun, String startedBy, Instant startedAt) {
        this.asOf = asOf;
        this.dryRun = dryRun;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void completed(Instant at) {
        status = Status.COMPLETED;
        finishedAt = at;
    }

    public void failed(Instant at, String why) {
        status = Status.FAILED;
        finishedAt = at;
        failure = why == null ? null : why.substring(0, Math.min(400, why.length()));
    }

    public Long id() {
        return id;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Status status() {
        return status;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
