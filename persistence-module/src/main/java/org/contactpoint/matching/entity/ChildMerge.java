package org.contactpoint.matching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One merge of two records of a child: who and when, the review it settled, and when it was undone. */
@Entity
@Table(name = "child_merge")
public class ChildMerge {

    @Id
    @SequenceGenerator(name = "child_merge_seq", sequenceName = "child_merge_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_merge_seq")
    private Long id;

    @Column(name = "survivor_id", nullable = false)
    private long survivorId;

    @Column(name = "merged_id", nullable = false)
    private long mergedId;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", length = 64, nullable = false)
    private String mergedBy;

    @Column(name = "unmerged_at")
    private Instant unmergedAt;

    @Column(name = "unmerged_by", length = 64)
    private String unmergedBy;

    protected ChildMerge() {
        // for JPA
    }

    public ChildMerge(long survivorId, long mergedId, Long reviewId, String mergedBy, Instant mergedAt) {
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.reviewId = reviewId;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    public void undo(String by, Instant at) {
        this.unmergedBy = by;
        this.unmergedAt = at;
    }

    public Long id() { return id; }
    public long survivorId() { return survivorId; }
    public long mergedId() { return mergedId; }
    public Optional<Long> reviewId() { return Optional.ofNullable(reviewId); }
    public Instant mergedAt() { return mergedAt; }
    public String mergedBy() { return mergedBy; }
    public Optional<Instant> unmergedAt() { return Optional.ofNullable(unmergedAt); }
}
