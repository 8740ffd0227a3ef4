package org.contactpoint.child.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.contactdetails.entity.PersonName;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.organisation.entity.Setting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A child's ContactPoint record: identity, address history, identifiers, parents/carers, setting and GP.
 * Services working with the child are {@code Involvement}s that point here. No case information is held.
 */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    private Long id;

    @NotNull
    @Valid
    @Embedded
    private ContactPointId cpId;

    @NotNull
    @PersonName
    @Column(name = "given_names", length = 100, nullable = false)
    private String givenNames;

    @NotNull
    @PersonName
    @Column(name = "family_name", length = 100, nullable = false)
    private String familyName;

    @NotNull
    @ChildDateOfBirth
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 8, nullable = false)
    private Gender gender;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 8, nullable = false)
    private ChildStatus status = ChildStatus.ACTIVE;

    /** Set when this record was merged into another: the survivor's ID, to which this one resolves. */
    @Column(name = "survivor_cp_id", length = 10)
    private String survivorCpId;

    /** From the current address's postcode; null when the postcode is missing or outside the known mapping. */
    @ManyToOne
    @JoinColumn(name = "responsible_la_code")
    private LocalAuthority responsibleAuthority;

    /** Shielded (provisionally on request, or by an approved decision): only name, DOB, gender and ID are shown. */
    @Column(name = "shielded", nullable = false)
    private boolean shielded;

    @PastOrPresent
    @Column(name = "date_of_death")
    private LocalDate dateOfDeath;

    /** Set by the record lifecycle, as of its own (settable) date: not checked against the server's clock. */
    @Column(name = "archived_on")
    private LocalDate archivedOn;

    @Valid
    @Embedded
    private CareLeaverExtension careLeaverExtension;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Valid
    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OtherName> otherNames = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ChildAddress> addresses = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ChildIdentifier> identifiers = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ParentCarer> parentsCarers = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SettingAttendance> settings = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<GpRegistration> gpRegistrations = new ArrayList<>();

    protected Child() {
        // for JPA
    }

    public Child(ContactPointId cpId, String givenNames, String familyName, LocalDate dateOfBirth, Gender gender,
                 Instant now) {
        this.cpId = cpId;
        this.givenNames = givenNames;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Corrects the child's identity from a more trusted or more recent source. */
    public void correctIdentity(String givenNames, String familyName, LocalDate dateOfBirth, Gender gender, Instant now) {
        this.givenNames = givenNames;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.updatedAt = now;
    }

    public void addOtherName(OtherNameType type, String givenNames, String familyName) {
        addOtherName(type, givenNames, familyName, null);
    }

    /** @param fromSourceRecord the feed's source record saying it (its row id), which an unmerge follows */
    public void addOtherName(OtherNameType type, String givenNames, String familyName, Long fromSourceRecord) {
        boolean known = otherNames.stream().anyMatch(n -> n.type() == type
                && Objects.equals(n.givenNames(), givenNames)
                && Objects.equals(n.familyName(), familyName));
        if (!known) {
            otherNames.add(new OtherName(this, type, givenNames, familyName, fromSourceRecord));
        }
    }

    /**
     * Records a move from {@code from} (required): the current address ends the day before and the responsible authority
     * follows the new address (null when its postcode maps to no known authority). The same address without its
     * postcode is not a move.
     */
    public void moveTo(Address address, LocalDate from, LocalAuthority responsible) {
        Optional<ChildAddress> current = currentAddress();
        if (current.isPresent() && (current.get().address().equals(address)
                || address.isLessCompleteThan(current.get().address()))) {
            return;
        }
        current.ifPresent(a -> a.end(from.minusDays(1)));
        addresses.add(new ChildAddress(this, address, from));
        this.responsibleAuthority = responsible;
    }

    public void addIdentifier(IdentifierScheme scheme, String value) {
        addIdentifier(scheme, value, null);
    }

    /** @param fromSourceRecord as {@link #addOtherName(OtherNameType, String, String, Long)} */
    public void addIdentifier(IdentifierScheme scheme, String value, Long fromSourceRecord) {
        if (identifier(scheme).filter(value::equals).isEmpty()) {
            identifiers.add(new ChildIdentifier(this, scheme, value, fromSourceRecord));
        }
    }

    public void addParentCarer(String name, String relationship, boolean parentalResponsibility,
                               ContactDetails contact, Address address) {
        addParentCarer(name, relationship, parentalResponsibility, contact, address, null);
    }

    /**
     * A parent or carer named without a source (by a practitioner) is added once per name. Each feed source record's
     * word on a parent is a row of its own, restated when the record says it again (a new phone number, say), so that
     * a later version can withdraw it ({@link #withdrawParentsCarersUnsaid}) and an unmerge takes it back with the
     * record even when another source names the same parent. The record shows one per name, the first said.
     *
     * @param fromSourceRecord as {@link #addOtherName(OtherNameType, String, String, Long)}
     */
    public void addParentCarer(String name, String relationship, boolean parentalResponsibility,
                               ContactDetails contact, Address address, Long fromSourceRecord) {
        Optional<ParentCarer> held = parentsCarers.stream()
                .filter(p -> p.name().equals(name) && (fromSourceRecord == null || fromSourceRecord.equals(p.fromSourceRecord())))
                .findFirst();
        if (held.isEmpty()) {
            parentsCarers.add(new ParentCarer(this, name, relationship, parentalResponsibility, contact, address,
                    fromSourceRecord));
        } else if (fromSourceRecord != null) {
            held.get().restate(relationship, parentalResponsibility, contact, address);
        }
    }

    /**
     * The parents and carers this source record put on the child that its later version leaves out: the source no
     * longer says them (no longer in the child's life, or recorded in error), so they are taken off. Other sources'
     * word on the same parent stays.
     */
    public void withdrawParentsCarersUnsaid(long fromSourceRecord, Set<String> namesSaid) {
        parentsCarers.removeIf(p -> Long.valueOf(fromSourceRecord).equals(p.fromSourceRecord()) && !namesSaid.contains(p.name()));
    }

    /** The child starts at a setting; the attendance that began before it ends then ({@link OrganisationLink}). */
    public void attend(Setting setting, LocalDate from) {
        attend(setting, from, null);
    }

    /** @param fromSourceRecord as {@link #addOtherName(OtherNameType, String, String, Long)} */
    public void attend(Setting setting, LocalDate from, Long fromSourceRecord) {
        OrganisationLink.join(settings, new SettingAttendance(this, setting, from, fromSourceRecord));
    }

    /** The child registers with a GP practice; the registration that began before it ends then. */
    public void registerWith(GpPractice practice, LocalDate from) {
        registerWith(practice, from, null);
    }

    /** @param fromSourceRecord as {@link #addOtherName(OtherNameType, String, String, Long)} */
    public void registerWith(GpPractice practice, LocalDate from, Long fromSourceRecord) {
        OrganisationLink.join(gpRegistrations, new GpRegistration(this, practice, from, fromSourceRecord));
    }

    /**
     * Dates the school and GP links again by their starts, after a merge joined two records' links or an unmerge parted
     * them: the latest of each is current.
     */
    public void redateOrganisationLinks() {
        OrganisationLink.redate(settings);
        OrganisationLink.redate(gpRegistrations);
    }

    public void shield() {
        this.shielded = true;
    }

    public void unshield() {
        this.shielded = false;
    }

    public void archive(LocalDate on) {
        this.status = ChildStatus.ARCHIVED;
        this.archivedOn = on;
    }

    public void recordDeath(LocalDate on) {
        this.dateOfDeath = on;
    }

    public void extendAsCareLeaver(CareLeaverExtension consent) {
        this.careLeaverExtension = consent;
    }

    /** This record is the same child as {@code survivor}; its ID resolves to the survivor from now on. */
    public void mergeInto(ContactPointId survivor) {
        this.status = ChildStatus.MERGED;
        this.survivorCpId = survivor.value();
    }

    /** A merge undone: this record is a child of its own again. */
    public void unmerge() {
        this.status = ChildStatus.ACTIVE;
        this.survivorCpId = null;
    }

    public Optional<ChildAddress> currentAddress() {
        return addresses.stream().filter(ChildAddress::isCurrent).reduce((first, second) -> second);
    }

    public Optional<SettingAttendance> currentSetting() {
        return OrganisationLink.current(settings);
    }

    public Optional<GpRegistration> currentGpRegistration() {
        return OrganisationLink.current(gpRegistrations);
    }

    public Optional<String> identifier(IdentifierScheme scheme) {
        return identifiers.stream().filter(i -> i.scheme() == scheme).map(ChildIdentifier::value).findFirst();
    }

    public Long id() {
        return id;
    }

    public ContactPointId cpId() {
        return cpId;
    }

    public String givenNames() {
        return givenNames;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Gender gender() {
        return gender;
    }

    public ChildStatus status() {
        return status;
    }

    public Optional<String> survivorCpId() {
        return Optional.ofNullable(survivorCpId);
    }

    public Optional<LocalAuthority> responsibleAuthority() {
        return Optional.ofNullable(responsibleAuthority);
    }

    public boolean isShielded() {
        return shielded;
    }

    public Optional<LocalDate> dateOfDeath() {
        return Optional.ofNullable(dateOfDeath);
    }

    public Optional<LocalDate> archivedOn() {
        return Optional.ofNullable(archivedOn);
    }

    public Optional<CareLeaverExtension> careLeaverExtension() {
        return Optional.ofNullable(careLeaverExtension).filter(CareLeaverExtension::isGiven);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<OtherName> otherNames() {
        return Collections.unmodifiableList(otherNames);
    }

    public List<ChildAddress> addresses() {
        return Collections.unmodifiableList(addresses);
    }

    public List<ChildIdentifier> identifiers() {
        return Collections.unmodifiableList(identifiers);
    }

    public List<ParentCarer> parentsCarers() {
        return Collections.unmodifiableList(parentsCarers);
    }

    public List<SettingAttendance> settings() {
        return Collections.unmodifiableList(settings);
    }

    public List<GpRegistration> gpRegistrations() {
        return Collections.unmodifiableList(gpRegistrations);
    }
}
