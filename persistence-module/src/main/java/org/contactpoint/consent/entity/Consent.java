package org.contactpoint.consent.entity;

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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.contactpoint.child.entity.Child;
import org.contactpoint.contactdetails.entity.PersonName;
import org.contactpoint.involvement.entity.ServiceType;

import java.time.Instant;
import java.util.Optional;

/**
 * Explicit consent to record a sensitive service for a child: who gave it, when, who recorded it, and its
 * withdrawal. A withdrawn consent hides the involvements that rely on it at once.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", length = 32, nullable = false)
    private ServiceType scope;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", length = 16, nullable = false)
    private ConsentGiver givenBy;

    @NotNull
    @PersonName
    @Column(name = "given_by_name", length = 100, nullable = false)
    private String givenByName;

    @NotNull
    @PastOrPresent
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    /** Username of the practitioner or team member who recorded it, or the source system that sent it. */
    @NotNull
    @Size(max = 64)
    @Column(name = "recorded_by", length = 64, nullable = false)
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Size(max = 64)
    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    /** The feed's source record (its row id) that put this row on the child, which an unmerge follows; null otherwise. */
    @Column(name = "from_source_record")
    private Long fromSourceRecord;

    @Version
    private long version;

    protected Consent() {
        // for JPA
    }

    public Consent(Child child, ServiceType scope, ConsentGiver givenBy, String givenByName, Instant givenAt,
                   String recordedBy, Instant recordedAt) {
        this.child = child;
        this.scope = scope;
        this.givenBy = givenBy;
        this.givenByName = givenByName;
        this.givenAt = givenAt;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Put on the child by this source record of a feed (its row id): an unmerge takes it back with the record. */
    public void saidBy(long sourceRecordId) {
        this.fromSourceRecord = sourceRecordId;
    }

    public void withdraw(Instant at, String by) {
        if (withdrawnAt == null) {
            this.withdrawnAt = at;
            this.withdrawnBy = by;
        }
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public Long id() {
        return id;
    }

    public Child child() {
        return child;
    }

    public ServiceType scope() {
        return scope;
    }

    public ConsentGiver givenBy() {
        return givenBy;
    }

    public String givenByName() {
        return givenByName;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Optional<String> withdrawnBy() {
        return Optional.ofNullable(withdrawnBy);
    }
}
