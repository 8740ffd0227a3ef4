package org.contactpoint.shielding.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.contactpoint.child.entity.Child;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request to shield a child's record, made by a practitioner or by the management team on a parent's behalf.
 * Making it shields the record provisionally; the team's decisions follow it.
 */
@Entity
@Table(name = "shielding_request")
public class ShieldingRequest {

    @Id
    @SequenceGenerator(name = "shielding_request_seq", sequenceName = "shielding_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shielding_request_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @Size(max = 64)
    @Column(name = "requested_by", length = 64, nullable = false)
    private String requestedBy;

    @NotNull
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "on_behalf_of_parent", nullable = false)
    private boolean onBehalfOfParent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "ground", length = 40, nullable = false)
    private ShieldingGround ground;

    /** Restricted: visible only to those who decide shielding for the child's authority. */
    @NotBlank
    @Size(max = 500)
    @Column(name = "justification", length = 500, nullable = false)
    private String justification;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 24, nullable = false)
    private ShieldingStatus status = ShieldingStatus.PENDING;

    @Valid
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ShieldingDecision> decisions = new ArrayList<>();

    @Version
    private long version;

    protected ShieldingRequest() {
        // for JPA
    }

    /** Makes the request and shields the child provisionally. */
    public ShieldingRequest(Child child, String requestedBy, Instant requestedAt, boolean onBehalfOfParent,
                            ShieldingGround ground, String justification) {
        this.child = child;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.onBehalfOfParent = onBehalfOfParent;
        this.ground = ground;
        this.justification = justification;
        child.shield();
    }

    /** Approve, reject or ask for more while the request is open; unshield only what was approved. */
    public boolean allows(DecisionKind kind) {
        return switch (kind) {
            case APPROVE, REJECT, REQUEST_MORE_INFORMATION -> isOpen();
            case UNSHIELD -> status == ShieldingStatus.APPROVED;
        };
    }

    /** Waiting for the team: pending, or more information asked for. */
    public boolean isOpen() {
        return status == ShieldingStatus.PENDING || status == ShieldingStatus.MORE_INFORMATION_NEEDED;
    }

    /** The review date of the approval in force, if any. */
    public java.util.Optional<LocalDate> reviewOn() {
        if (status != ShieldingStatus.APPROVED) {
            return java.util.Optional.empty();
        }
        return decisions.stream().filter(d -> d.kind() == DecisionKind.APPROVE).reduce((a, b) -> b)
                .flatMap(ShieldingDecision::reviewOn);
    }

    /**
     * Applies a team decision to this request and to the child's shielded state (for a child with several requests
     * the decision-making boundary then derives the state from all of them).
     */
    public ShieldingDecision decide(DecisionKind kind, String decidedBy, Instant at, LocalDate reviewOn, String reason) {
        if (!allows(kind)) {
            throw new IllegalStateException("a " + status + " request cannot be given the decision " + kind);
        }
        ShieldingDecision decision = new ShieldingDecision(this, kind, decidedBy, at, reviewOn, reason);
        decisions.add(decision);
        status = switch (kind) {
            case APPROVE -> ShieldingStatus.APPROVED;
            case REJECT -> ShieldingStatus.REJECTED;
            case REQUEST_MORE_INFORMATION -> ShieldingStatus.MORE_INFORMATION_NEEDED;
            case UNSHIELD -> ShieldingStatus.UNSHIELDED;
        };
        if (status.shieldsTheRecord()) {
            child.shield();
        } else {
            child.unshield();
        }
        return decision;
    }

    public Long id() {
        return id;
    }

    public Child child() {
        return child;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public boolean isOnBehalfOfParent() {
        return onBehalfOfParent;
    }

    public ShieldingGround ground() {
        return ground;
    }

    public String justification() {
        return justification;
    }

    public ShieldingStatus status() {
        return status;
    }

    public List<ShieldingDecision> decisions() {
        return Collections.unmodifiableList(decisions);
    }
}
