package org.contactpoint.shielding.entity;

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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One decision of a management team on a shielding request: who, when, what, until when it is reviewed, why. */
@Entity
@Table(name = "shielding_decision")
public class ShieldingDecision {

    @Id
    @SequenceGenerator(name = "shielding_decision_seq", sequenceName = "shielding_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shielding_decision_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ShieldingRequest request;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    private DecisionKind kind;

    @NotNull
    @Size(max = 64)
    @Column(name = "decided_by", length = 64, nullable = false)
    private String decidedBy;

    @NotNull
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Size(max = 500)
    @Column(name = "reason", length = 500)
    private String reason;

    protected ShieldingDecision() {
        // for JPA
    }

    ShieldingDecision(ShieldingRequest request, DecisionKind kind, String decidedBy, Instant decidedAt,
                      LocalDate reviewOn, String reason) {
        this.request = request;
        this.kind = kind;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reviewOn = reviewOn;
        this.reason = reason;
    }

    @AssertTrue(message = "an approval needs a review date")
    boolean isReviewDatedWhenApproved() {
        return kind != DecisionKind.APPROVE || reviewOn != null;
    }

    @AssertTrue(message = "a rejection or unshielding needs a reason")
    boolean isReasonGivenWhenLifting() {
        return (kind != DecisionKind.REJECT && kind != DecisionKind.UNSHIELD) || (reason != null && !reason.isBlank());
    }

    public Long id() {
        return id;
    }

    public DecisionKind kind() {
        return kind;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Optional<LocalDate> reviewOn() {
        return Optional.ofNullable(reviewOn);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
