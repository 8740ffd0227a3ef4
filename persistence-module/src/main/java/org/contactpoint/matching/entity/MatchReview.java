package org.contactpoint.matching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.contactpoint.child.entity.Child;

import java.time.Instant;
import java.util.Optional;

/**
 * An uncertain match waiting for a person: the child a feed record became, the held child it may be, the score and
 * each field's agreement. Decided once: same person (the record's child is merged into the held one) or different
 * people, which is remembered so later feeds do not propose the pair again.
 */
@Entity
@Table(name = "match_review")
public class MatchReview {

    public enum Status { PENDING, SAME, DIFFERENT }

    @Id
    @SequenceGenerator(name = "match_review_seq", sequenceName = "match_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_review_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id", nullable = false)
    private Child candidate;

    @NotNull
    @Column(name = "source_system", length = 32, nullable = false)
    private String sourceSystem;

    @NotNull
    @Column(name = "source_record_id", length = 64, nullable = false)
    private String sourceRecordId;

    @Column(name = "score", nullable = false)
    private double score;

    /** Each field's agreement level, "given=EXACT;family=PHONETIC;…" in the scorer's field order. */
    @NotNull
    @Size(max = 200)
    @Column(name = "agreements", length = 200, nullable = false)
    private String agreements;

    /** The team that decides: the held child's responsible authority (null: the national team). */
    @Column(name = "local_authority_code", length = 9)
    private String authority;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MatchReview() {
        // for JPA
    }

    public MatchReview(Child child, Child candidate, String sourceSystem, String sourceRecordId, double score,
                       String agreements, String authority, Instant createdAt) {
        this.child = child;
        this.candidate = candidate;
        this.sourceSystem = sourceSystem;
        this.sourceRecordId = sourceRecordId;
        this.score = score;
        this.agreements = agreements;
        this.authority = authority;
        this.createdAt = createdAt;
    }

    public void decide(Status decision, String by, Instant at) {
        if (decision == Status.PENDING) {
            throw new IllegalArgumentException("a decision is same person or different people");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Back to the queue: the merge it led to was undone. */
    public void reopen() {
        this.status = Status.PENDING;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    public Long id() { return id; }
    public Child child() { return child; }
    public Child candidate() { return candidate; }
    public String sourceSystem() { return sourceSystem; }
    public String sourceRecordId() { return sourceRecordId; }
    public double score() { return score; }
    public String agreements() { return agreements; }
    public Optional<String> authority() { return Optional.ofNullable(authority); }
    public Status status() { return status; }
    public Optional<String> decidedBy() { return Optional.ofNullable(decidedBy); }
    public Optional<Instant> decidedAt() { return Optional.ofNullable(decidedAt); }
    public Instant createdAt() { return createdAt; }
}
