package org.contactpoint.feed.entity;

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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.persistence.Embedded;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.contactdetails.entity.Address;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What one source system said about one child, identified by (source system, source record id) and versioned:
 * an older or equal version is ignored, which makes replaying a feed harmless.
 */
@Entity
@Table(name = "source_record",
        uniqueConstraints = @UniqueConstraint(name = "uq_source_record", columnNames = {"source_record_id", "source_system"}))
public class SourceRecord {

    @Id
    @SequenceGenerator(name = "source_record_seq", sequenceName = "source_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_record_seq")
    private Long id;

    @NotNull
    @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be 2–32 capital letters, digits or hyphens")
    @Column(name = "source_system", length = 32, nullable = false)
    private String sourceSystem;

    @NotNull
    @Size(min = 1, max = 64)
    @Column(name = "source_record_id", length = 64, nullable = false)
    private String sourceRecordId;

    @Min(1)
    @Column(name = "record_version", nullable = false)
    private long recordVersion;

    /** The child this record is linked to; null while it waits in review. */
    @ManyToOne
    @JoinColumn(name = "child_id")
    private Child child;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 8, nullable = false)
    private RecordOutcome outcome;

    @NotNull
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /* What the source said about the child's identity (its provenance); null where it did not say. */
    @Column(name = "given_names", length = 100)
    private String givenNames;

    @Column(name = "family_name", length = 100)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 8)
    private Gender gender;

    @Embedded
    private Address address;

    @Version
    private long version;

    protected SourceRecord() {
        // for JPA
    }

    public SourceRecord(String sourceSystem, String sourceRecordId, long recordVersion, Child child,
                        RecordOutcome outcome, Instant receivedAt) {
        this.sourceSystem = sourceSystem;
        this.sourceRecordId = sourceRecordId;
        this.recordVersion = recordVersion;
        this.child = child;
        this.outcome = outcome;
        this.receivedAt = receivedAt;
    }

    /** True when {@code candidateVersion} is newer than what is held, i.e. it should be applied. */
    public boolean isSupersededBy(long candidateVersion) {
        return candidateVersion > recordVersion;
    }

    /** Applies a newer version of this source record. */
    public void update(long newVersion, Child linkedChild, RecordOutcome newOutcome, Instant at) {
        this.recordVersion = newVersion;
        this.child = linkedChild;
        this.outcome = newOutcome;
        this.receivedAt = at;
    }

    /** What this version of the record says about the child's identity and address. */
    public void said(String givenNames, String familyName, LocalDate dateOfBirth, Gender gender, Address address) {
        this.givenNames = givenNames;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.address = address;
    }

    public Long id() {
        return id;
    }

    public String sourceSystem() {
        return sourceSystem;
    }

    public String sourceRecordId() {
        return sourceRecordId;
    }

    public long recordVersion() {
        return recordVersion;
    }

    public Optional<Child> child() {
        return Optional.ofNullable(child);
    }

    public RecordOutcome outcome() {
        return outcome;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<String> givenNames() {
        return Optional.ofNullable(givenNames);
    }

    public Optional<String> familyName() {
        return Optional.ofNullable(familyName);
    }

    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    public Optional<Gender> gender() {
        return Optional.ofNullable(gender);
    }

    public Optional<Address> address() {
        return Optional.ofNullable(address);
    }
}
