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

    @Column(name = "survivor_given_names", length = 100)
    private String survivorGivenNames;

    @Column(name = "survivor_family_name", length = 100)
    private String survivorFamilyName;

    @Column(name = "survivor_date_of_birth")
    private java.time.LocalDate survivorDateOfBirth;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "survivor_gender", length = 8)
    private org.contactpoint.child.entity.Gender survivorGender;

    protected ChildMerge() {
        // for JPA
    }

    /** Notes the survivor's identity as it was, which the merge's golden record may change and an unmerge restores. */
    public ChildMerge(org.contactpoint.child.entity.Child survivor, long mergedId, Long reviewId, String mergedBy,
                      Instant mergedAt) {
        this.survivorId = survivor.id();
        this.survivorGivenNames = survivor.givenNames();
        this.survivorFamilyName = survivor.familyName();
        this.survivorDateOfBirth = survivor.dateOfBirth();
        this.survivorGender = survivor.gender();
        this.mergedId = mergedId;
        this.reviewId = reviewId;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    /** Undone: the survivor gets back the identity it had before the merge. */
    public void undo(org.contactpoint.child.entity.Child survivor, String by, Instant at) {
        this.unmergedBy = by;
        this.unmergedAt = at;
        if (survivorGivenNames != null) {
            survivor.correctIdentity(survivorGivenNames, survivorFamilyName, survivorDateOfBirth, survivorGender, at);
        }
    }

    public Long id() { return id; }
    public long survivorId() { return survivorId; }
    public long mergedId() { return mergedId; }
    public Optional<Long> reviewId() { return Optional.ofNullable(reviewId); }
    public Instant mergedAt() { return mergedAt; }
    public String mergedBy() { return mergedBy; }
    public Optional<Instant> unmergedAt() { return Optional.ofNullable(unmergedAt); }
}
