package org.contactpoint.feed.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.Child;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.involvement.entity.Involvement;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The services a source record says a child has ({@link SourceLinker}): added once per organisation, type and start;
 * said again, restated as they stand now; left out by a later version, taken off. A sensitive service comes with the
 * consent it was recorded under.
 */
@Dependent
public class SourceServices {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /**
     * The record's services on the child. The same organisation saying a service again (the same type and start) says
     * how it stands now: ended, or another practitioner.
     *
     * @param source          the row id of the record's source record: what it adds follows that record at an unmerge
     * @param created         a new child, which has only the services this record adds
     * @param linkedFromChunk the child's services were read with the chunk ({@link LinkTargets})
     */
    void say(Child child, FeedRecord r, long source, boolean created, boolean linkedFromChunk, ChunkReads chunk, Instant now,
             Consumer<Object> persist) {
        Set<List<Object>> added = new HashSet<>();
        for (FeedRecord.Involvement i : r.involvements()) {
            if (!added.add(List.of(i.serviceType(), i.from()))) {
                continue; // said twice in this record
            }
            if (created || linkedFromChunk && !chunk.linkTargets().hasService(
                    new LinkTargets.Service(child.id(), r.sourceSystem(), i.serviceType(), i.from()))) {
                add(child, r.sourceSystem(), source, i, now, persist);
            } else if (!linkedFromChunk) {
                held(child, r.sourceSystem(), i).ifPresentOrElse(
                        v -> v.restate(i.practitionerName(), new ContactDetails(i.phone(), i.email()), i.to(),
                                i.leadProfessional(), i.assessmentCompleted()),
                        () -> add(child, r.sourceSystem(), source, i, now, persist));
            }
        }
    }

    /**
     * The services this record put on the child that its later version leaves out: the source no longer says them
     * (recorded in error, or, for a sensitive service, its consent withdrawn), so they are taken off the child. A
     * consent they relied on is kept, withdrawn by the source, as the history of what was consented to.
     */
    void withdrawUnsaid(Child child, FeedRecord r, long source, Instant now) {
        Set<List<Object>> said = new HashSet<>();
        r.involvements().forEach(i -> said.add(List.of(i.serviceType(), i.from())));
        for (Involvement v : em.createQuery("SELECT v FROM Involvement v WHERE v.child = :child AND v.fromSourceRecord = :source",
                Involvement.class).setParameter("child", child).setParameter("source", source).getResultList()) {
            if (!said.contains(List.of(v.serviceType(), v.from()))) {
                v.consent().ifPresent(c -> c.withdraw(now, r.sourceSystem()));
                em.remove(v);
            }
        }
    }

    /** The service this organisation already recorded for the child: the same type, from the same date. */
    private Optional<Involvement> held(Child child, String source, FeedRecord.Involvement i) {
        return em.createQuery("SELECT v FROM Involvement v WHERE v.child = :child AND v.ownerOrganisation = :owner "
                        + "AND v.serviceType = :type AND v.from = :from ORDER BY v.id", Involvement.class)
                .setParameter("child", child).setParameter("owner", source).setParameter("type", i.serviceType())
                .setParameter("from", i.from()).setMaxResults(1).getResultStream().findFirst();
    }

    private static void add(Child child, String source, long sourceRecord, FeedRecord.Involvement i, Instant now,
                            Consumer<Object> persist) {
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
            consent.saidBy(sourceRecord);
            persist.accept(consent);
            involvement.consentedBy(consent);
        }
        involvement.saidBy(sourceRecord);
        persist.accept(involvement);
    }
}
