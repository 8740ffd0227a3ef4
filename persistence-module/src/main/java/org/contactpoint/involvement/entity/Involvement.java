package org.contactpoint.involvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.contactpoint.child.entity.Child;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.contactdetails.entity.OrganisationName;
import org.contactpoint.contactdetails.entity.PersonName;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A service working with a child: who to contact, since when, whether they are the lead professional and whether
 * an assessment (CAF) has been completed. Only the indicator is held, never the assessment.
 */
@Entity
@Table(name = "involvement")
public class Involvement {

    @Id
    @SequenceGenerator(name = "involvement_seq", sequenceName = "involvement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "involvement_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", length = 32, nullable = false)
    private ServiceType serviceType;

    @NotNull
    @OrganisationName
    @Column(name = "service_name", length = 200, nullable = false)
    private String serviceName;

    /** The organisation that owns this involvement: only its own users and systems may change it. */
    @NotNull
    @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be an organisation code such as NOTTS-YOT")
    @Column(name = "owner_organisation", length = 32, nullable = false)
    private String ownerOrganisation;

    @PersonName
    @Column(name = "practitioner_name", length = 100)
    private String practitionerName;

    @Valid
    @Embedded
    private ContactDetails contact;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate from;

    @Column(name = "valid_to")
    private LocalDate to;

    @Column(name = "lead_professional", nullable = false)
    private boolean leadProfessional;

    @Column(name = "assessment_completed", nullable = false)
    private boolean assessmentCompleted;

    @ManyToOne
    @JoinColumn(name = "consent_id")
    private Consent consent;

    /** Regulation 11(3): recorded without consent because of reasonable cause to suspect significant harm. */
    @Column(name = "harm_declared", nullable = false)
    private boolean harmDeclared;

    /** The feed's source record (its row id) that put this row on the child, which an unmerge follows; null otherwise. */
    @Column(name = "from_source_record")
    private Long fromSourceRecord;

    @Version
    private long version;

    protected Involvement() {
        // for JPA
    }

    public Involvement(Child child, ServiceType serviceType, String serviceName, String ownerOrganisation,
                       String practitionerName, ContactDetails contact, LocalDate from) {
        this.child = child;
        this.serviceType = serviceType;
        this.serviceName = serviceName;
        this.ownerOrganisation = ownerOrganisation;
        this.practitionerName = practitionerName;
        this.contact = contact;
        this.from = from;
    }

    /** Put on the child by this source record of a feed (its row id): an unmerge takes it back with the record. */
    public void saidBy(long sourceRecordId) {
        this.fromSourceRecord = sourceRecordId;
    }

    /** Records the consent a sensitive service needs. */
    public void consentedBy(Consent givenConsent) {
        this.consent = givenConsent;
    }

    /** Records the regulation 11(3) declaration instead of consent. */
    public void declareReasonableCauseToSuspectHarm() {
        this.harmDeclared = true;
    }

    public void markLeadProfessional(boolean lead) {
        this.leadProfessional = lead;
    }

    public void markAssessmentCompleted(boolean completed) {
        this.assessmentCompleted = completed;
    }

    public void updateContact(String newPractitionerName, ContactDetails newContact) {
        this.practitionerName = newPractitionerName;
        this.contact = newContact;
    }

    public void end(LocalDate on) {
        this.to = on;
    }

    /**
     * Its organisation says it again (a later version of the feed record that said it): who to contact, its end and
     * the practitioner's roles are as said last. Only what differs is changed, so a repeat is no update.
     */
    public void restate(String newPractitionerName, ContactDetails newContact, LocalDate newTo, boolean lead, boolean assessed) {
        ContactDetails held = contact == null ? new ContactDetails(null, null) : contact;
        if (!Objects.equals(practitionerName, newPractitionerName) || !Objects.equals(held.phone(), newContact.phone())
                || !Objects.equals(held.email(), newContact.email())) {
            updateContact(newPractitionerName, newContact);
        }
        if (!Objects.equals(to, newTo)) {
            end(newTo);
        }
        if (leadProfessional != lead) {
            markLeadProfessional(lead);
        }
        if (assessmentCompleted != assessed) {
            markAssessmentCompleted(assessed);
        }
    }

    @AssertTrue(message = "a sensitive service needs consent or a declared reasonable cause to suspect significant harm")
    boolean isLawfullyRecorded() {
        return serviceType == null || !serviceType.isSensitive() || consent != null || harmDeclared;
    }

    @AssertTrue(message = "must not end before it starts")
    boolean isDatedInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    /** Shown to anyone at all only while a sensitive service's consent stands (or harm was declared). */
    public boolean isVisible() {
        return !serviceType.isSensitive() || harmDeclared || (consent != null && consent.isActive());
    }

    /** Only the owning organisation's users and systems may change it (and see a sensitive one in detail). */
    public boolean isOwnedBy(String organisationCode) {
        return ownerOrganisation.equals(organisationCode);
    }

    public boolean isSensitive() {
        return serviceType.isSensitive();
    }

    public boolean isCurrent(LocalDate today) {
        return to == null || !to.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public Child child() {
        return child;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public String serviceName() {
        return serviceName;
    }

    public String ownerOrganisation() {
        return ownerOrganisation;
    }

    public String practitionerName() {
        return practitionerName;
    }

    public ContactDetails contact() {
        return contact;
    }

    public LocalDate from() {
        return from;
    }

    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    public boolean isLeadProfessional() {
        return leadProfessional;
    }

    public boolean isAssessmentCompleted() {
        return assessmentCompleted;
    }

    public Optional<Consent> consent() {
        return Optional.ofNullable(consent);
    }

    public boolean isHarmDeclared() {
        return harmDeclared;
    }

    public long version() {
        return version;
    }
}
