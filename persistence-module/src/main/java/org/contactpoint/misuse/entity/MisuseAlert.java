package org.contactpoint.misuse.entity;

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
import java.util.Optional;

/** A possible misuse for an authority's team: raised by a rule, then acknowledged or escalated with a note. */
@Entity
@Table(name = "misuse_alert")
public class MisuseAlert {

    public enum Status { OPEN, ACKNOWLEDGED, ESCALATED }

    @Id
    @SequenceGenerator(name = "misuse_alert_seq", sequenceName = "misuse_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "misuse_alert_seq")
    private Long id;

    /** The team it is for: an authority code, or "national". */
    @NotNull
    @Size(max = 9)
    @Column(name = "la_code", length = 9, nullable = false)
    private String authority;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rule", length = 24, nullable = false)
    private MisuseRule rule;

    @NotNull
    @Size(max = 64)
    @Column(name = "actor", length = 64, nullable = false)
    private String actor;

    /** With rule and actor, what makes an alert one: the hour, the day, the child and day, the address. */
    @NotNull
    @Size(max = 40)
    @Column(name = "period_key", length = 40, nullable = false)
    private String periodKey;

    @NotNull
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    /** The audit event that raised it. */
    @Column(name = "first_seq", nullable = false)
    private long firstSeq;

    @NotNull
    @Size(max = 400)
    @Column(name = "detail", length = 400, nullable = false)
    private String detail;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Size(max = 1000)
    @Column(name = "note", length = 1000)
    private String note;

    @Version
    private long version;

    protected MisuseAlert() {
        // for JPA
    }

    public MisuseAlert(String authority, MisuseRule rule, String actor, String periodKey, Instant raisedAt, long firstSeq,
                       String detail) {
        this.authority = authority;
        this.rule = rule;
        this.actor = actor;
        this.periodKey = periodKey;
        this.raisedAt = raisedAt;
        this.firstSeq = firstSeq;
        this.detail = detail;
    }

    /** Acknowledged (looked at, nothing to pursue) or escalated (passed on), with who, when and why. */
    public void handle(Status outcome, String by, Instant at, String why) {
        if (outcome == Status.OPEN) {
            throw new IllegalArgumentException("an alert is handled by acknowledging or escalating it");
        }
        this.status = outcome;
        this.handledBy = by;
        this.handledAt = at;
        this.note = why;
    }

    public Long id() { return id; }
    public String authority() { return authority; }
    public MisuseRule rule() { return rule; }
    public String actor() { return actor; }
    public String periodKey() { return periodKey; }
    public Instant raisedAt() { return raisedAt; }
    public long firstSeq() { return firstSeq; }
    public String detail() { return detail; }
    public Status status() { return status; }
    public Optional<String> handledBy() { return Optional.ofNullable(handledBy); }
    public Optional<Instant> handledAt() { return Optional.ofNullable(handledAt); }
    public Optional<String> note() { return Optional.ofNullable(note); }
}
