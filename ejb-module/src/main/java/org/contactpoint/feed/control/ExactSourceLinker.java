package org.contactpoint.feed.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.control.ContactPointIds;
import org.contactpoint.search.control.SearchKeyIndex;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.organisation.entity.PostcodeDistrict;
import org.contactpoint.organisation.entity.Setting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The interim feed path until identity matching lands (National-scale issue): a source record is linked only by
 * exact source identifiers — its own (source system, record id), else an NHS number or UPN a child already has —
 * and otherwise creates a child. An older or equal version is IGNORED. The first source to create a child sets its
 * identity; later sources add addresses, identifiers, contacts and services.
 */
@Dependent
public class ExactSourceLinker {

    /** Identifiers that belong to one child nationally; local references and benefit numbers do not link. */
    private static final List<IdentifierScheme> LINKING = List.of(IdentifierScheme.NHS, IdentifierScheme.UPN);

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ContactPointIds ids;

    @Inject
    SearchKeyIndex searchKeys;

    /** What became of one record: its outcome and the ContactPoint ID of the child it is linked to. */
    public record Linked(RecordOutcome outcome, String contactPointId) {
    }

    public Linked apply(FeedRecord r, Instant now) {
        Optional<SourceRecord> held = em.createQuery(
                        "SELECT s FROM SourceRecord s WHERE s.sourceSystem = :system AND s.sourceRecordId = :id", SourceRecord.class)
                .setParameter("system", r.sourceSystem()).setParameter("id", r.sourceRecordId())
                .getResultStream().findFirst();
        if (held.isPresent() && !held.get().isSupersededBy(r.recordVersion())) {
            return new Linked(RecordOutcome.IGNORED, held.get().child().map(c -> c.cpId().value()).orElse(null));
        }
        Optional<Child> known = held.flatMap(SourceRecord::child).or(() -> childWithIdentifier(r));
        Child child = known.orElseGet(() -> create(r, now));
        RecordOutcome outcome = known.isPresent() ? RecordOutcome.LINKED : RecordOutcome.CREATED;
        addDetails(child, r, now);
        if (known.isPresent()) {
            searchKeys.refresh(child);
        } else {
            searchKeys.index(child);
        }
        if (held.isPresent()) {
            held.get().update(r.recordVersion(), child, outcome, now);
        } else {
            em.persist(new SourceRecord(r.sourceSystem(), r.sourceRecordId(), r.recordVersion(), child, outcome, now));
        }
        return new Linked(outcome, child.cpId().value());
    }

    private Optional<Child> childWithIdentifier(FeedRecord r) {
        for (IdentifierScheme scheme : LINKING) {
            String value = r.identifiers().get(scheme);
            if (value != null) {
                Optional<Child> child = em.createQuery("SELECT i.child FROM ChildIdentifier i WHERE i.scheme = :scheme "
                                + "AND i.value = :value AND i.child.status = org.contactpoint.child.entity.ChildStatus.ACTIVE", Child.class)
                        .setParameter("scheme", scheme).setParameter("value", value).setMaxResults(1)
                        .getResultStream().findFirst();
                if (child.isPresent()) {
                    return child;
                }
            }
        }
        return Optional.empty();
    }

    private Child create(FeedRecord r, Instant now) {
        Child child = new Child(ids.next(), r.givenNames(), r.familyName(), r.dateOfBirth(), r.gender(), now);
        em.persist(child);
        return child;
    }

    private void addDetails(Child child, FeedRecord r, Instant now) {
        r.identifiers().forEach(child::addIdentifier);
        r.knownAs().forEach(name -> child.addOtherName(OtherNameType.KNOWN_AS, name, null));
        if (!child.givenNames().equalsIgnoreCase(r.givenNames()) || !child.familyName().equalsIgnoreCase(r.familyName())) {
            child.addOtherName(OtherNameType.KNOWN_AS, r.givenNames(), r.familyName());
        }
        if (r.address() != null) {
            Address address = address(r.address());
            child.moveTo(address, LocalDate.ofInstant(now, ZoneOffset.UTC), responsibleAuthority(address));
        }
        for (FeedRecord.ParentCarer p : r.parentsCarers()) {
            child.addParentCarer(p.name(), p.relationship(), p.parentalResponsibility(), new ContactDetails(p.phone(), null),
                    p.address() == null ? null : address(p.address()));
        }
        if (r.setting() != null) {
            child.attend(setting(r.setting()), r.setting().from());
        }
        if (r.gpPractice() != null) {
            child.registerWith(practice(r.gpPractice()), r.gpPractice().from());
        }
        for (FeedRecord.Involvement i : r.involvements()) {
            addInvolvement(child, r.sourceSystem(), i, now);
        }
    }

    private void addInvolvement(Child child, String source, FeedRecord.Involvement i, Instant now) {
        boolean known = !em.createQuery("SELECT v.id FROM Involvement v WHERE v.child = :child AND v.ownerOrganisation = :owner "
                        + "AND v.serviceType = :type AND v.from = :from", Long.class)
                .setParameter("child", child).setParameter("owner", source).setParameter("type", i.serviceType())
                .setParameter("from", i.from()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return;
        }
        Involvement involvement = new Involvement(child, i.serviceType(), i.serviceName(), source, i.practitionerName(),
                new ContactDetails(i.phone(), i.email()), i.from());
        involvement.markLeadProfessional(i.leadProfessional());
        involvement.markAssessmentCompleted(i.assessmentCompleted());
        if (i.to() != null) {
            involvement.end(i.to());
        }
        if (i.consent() != null) {
            Consent consent = new Consent(child, i.serviceType(), i.consent().givenBy(), i.consent().givenByName(),
                    i.consent().recordedAt(), source, now);
            em.persist(consent);
            involvement.consentedBy(consent);
        }
        em.persist(involvement);
    }

    private static Address address(FeedRecord.Address a) {
        return new Address(a.line1(), a.line2(), a.town(), a.postcode());
    }

    /** Null when the postcode is missing or outside the mapping: a national team then handles the record. */
    private LocalAuthority responsibleAuthority(Address address) {
        String district = address.postcodeDistrict();
        if (district == null) {
            return null;
        }
        PostcodeDistrict mapped = em.find(PostcodeDistrict.class, district);
        return mapped == null ? null : mapped.localAuthority();
    }

    private Setting setting(FeedRecord.Setting s) {
        return em.createQuery("SELECT s FROM Setting s WHERE s.urn = :urn", Setting.class).setParameter("urn", s.urn())
                .getResultStream().findFirst().orElseGet(() -> {
                    Setting created = new Setting(s.urn(), s.name());
                    em.persist(created);
                    return created;
                });
    }

    private GpPractice practice(FeedRecord.GpPractice g) {
        return em.createQuery("SELECT g FROM GpPractice g WHERE g.code = :code", GpPractice.class).setParameter("code", g.code())
                .getResultStream().findFirst().orElseGet(() -> {
                    GpPractice created = new GpPractice(g.code(), g.name());
                    em.persist(created);
                    return created;
                });
    }
}
