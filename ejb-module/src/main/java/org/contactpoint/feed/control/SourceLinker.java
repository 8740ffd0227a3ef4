package org.contactpoint.feed.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.control.ContactPointIds;
import org.contactpoint.schema.control.NewRows;
import org.contactpoint.search.control.SearchKeyIndex;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildAddress;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.matching.control.GoldenRecord;
import org.contactpoint.matching.control.IdentityDecision;
import org.contactpoint.matching.control.IdentityMatcher;
import org.contactpoint.matching.control.MatchCandidates;
import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.search.entity.ChildSearchKey;
import org.contactpoint.search.entity.SearchKeys;
import org.contactpoint.matching.entity.MatchReview;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.organisation.entity.Setting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies one source record: an older or equal version of a held record is IGNORED; a newer one updates the child it
 * is linked to (after merges, the survivor). A record not held yet is matched ({@link IdentityMatcher}): LINKED to
 * the child it is, CREATED as a new child, or, when uncertain, made a child of its own and queued for review
 * against the held child it may be, shielded at once if that child is shielded. The child's identity and address are
 * its sources' golden record ({@link GoldenRecord}), which also keeps a shielded child's home from showing in
 * another child's record (both when that child moves in and when the shielded child does); each source adds
 * identifiers, other names, contacts and services.
 */
@Dependent
public class SourceLinker {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ContactPointIds ids;

    @Inject
    SearchKeyIndex searchKeys;

    @Inject
    IdentityMatcher matcher;

    @Inject
    GoldenRecord golden;

    @Inject
    SourceServices services;

    /**
     * What became of one record: its outcome, the ContactPoint ID of the child it is linked to, and whether matching
     * shielded that child (to be audited with the chunk).
     */
    public record Linked(RecordOutcome outcome, String contactPointId, boolean shieldedByMatching, String authority,
                         List<Housemate> housematesShielded) {
    }

    /** A child shielded because a shielded child came to live in its home (audited with the chunk like its own). */
    public record Housemate(String contactPointId, String authority) {
    }

    /**
     * @param whole the record as sent: none of its parts was dropped (a sensitive service without consent). Only a
     *              whole later version withdraws the services and parents it leaves out: a dropped part is bad input,
     *              which changes nothing.
     * @param chunk what the record's chunk read for all its records ({@link ChunkReads})
     * @param rows  where the rows of a new child of a new record are written, and a new record's own when it links
     *              from the chunk's reads ({@link NewRows}: written at the end of the round)
     */
    Linked apply(FeedRecord r, boolean whole, Instant now, ChunkReads chunk, NewRows rows) {
        Optional<SourceRecord> held = !chunk.mayBeHeld(r) ? Optional.empty() : em.createQuery(
                        "SELECT s FROM SourceRecord s WHERE s.sourceSystem = :system AND s.sourceRecordId = :id", SourceRecord.class)
                .setParameter("system", r.sourceSystem()).setParameter("id", r.sourceRecordId())
                .getResultStream().findFirst();
        if (held.isPresent() && !held.get().isSupersededBy(r.recordVersion())) {
            return new Linked(RecordOutcome.IGNORED, held.get().child().map(c -> survivor(c).cpId().value()).orElse(null),
                    false, null, List.of());
        }
        MatchRecord match = MatchRecords.of(r);
        Target target = target(r, held, match, chunk, now);
        Child child = target.child();
        // rows nothing managed refers to and nothing reads before they are written need no entity manager: a new
        // child's of a new record, and a new record's own (source record, services, keys) linked from the chunk's reads
        Consumer<Object> persist = held.isEmpty() && (target.created() || target.linkedFromChunk()) ? rows::add : em::persist;
        if (target.created()) {
            persist.accept(child);
        }
        queueReview(r, child, target.decision(), now, persist);
        List<ChildSearchKey> keysBefore = target.created() || target.linkedFromChunk() ? List.of() : SearchKeys.of(child);
        Optional<Address> homeBefore = target.created() ? Optional.empty() : child.currentAddress().map(ChildAddress::address);
        boolean shieldedBefore = !target.created() && child.isShielded();
        SourceRecord source;
        if (held.isPresent()) {
            source = held.get();
            source.update(r.recordVersion(), child, target.outcome(), now);
        } else {
            source = new SourceRecord(r.sourceSystem(), r.sourceRecordId(), r.recordVersion(), child, target.outcome(), now);
            persist.accept(source);
        }
        source.said(r.givenNames(), r.familyName(), r.dateOfBirth(), r.gender(), r.address() == null ? null : address(r.address()));
        boolean shielded = target.shielded() | settle(target, source, chunk, now);
        addDetails(child, r, source.id(), target.created(), target.linkedFromChunk(), chunk, now, persist);
        if (held.isPresent() && whole) {
            services.withdrawUnsaid(child, r, source.id(), now);
            child.withdrawParentsCarersUnsaid(source.id(),
                    r.parentsCarers().stream().map(FeedRecord.ParentCarer::name).collect(Collectors.toSet()));
        }
        List<ChildSearchKey> keys = target.created() ? searchKeys.index(child, persist)
                : target.linkedFromChunk() ? searchKeys.refreshHeld(child, chunk.linkTargets().keysOf(child.id()), persist)
                : searchKeys.refresh(child, keysBefore);
        chunk.applied(r, child, keys, match);
        if (child.isShielded()) {
            // who lives in its home is read from the database: the chunk's new children must be there, this one whole
            rows.write();
        }
        List<Housemate> housemates = new ArrayList<>();
        for (Child housemate : golden.shieldHousemates(child, homeBefore, shieldedBefore)) {
            chunk.shieldedHousemate(housemate);
            housemates.add(new Housemate(housemate.cpId().value(), authorityOf(housemate)));
        }
        return new Linked(target.outcome(), child.cpId().value(), shielded, authorityOf(child), housemates);
    }

    /**
     * The child a record is applied to and how it was chosen.
     *
     * @param created         a new child, not persisted yet
     * @param linkedFromChunk linked to a child read with the chunk ({@link LinkTargets}), untouched since
     * @param shielded        a new child shielded because it was reviewed against a shielded child
     * @param decision        matching's, when the record was matched
     */
    private record Target(Child child, RecordOutcome outcome, boolean created, boolean linkedFromChunk, boolean shielded,
                          IdentityDecision.Result decision) {
    }

    /** A held record's child (after merges, the survivor); otherwise the child matching decides on, new if need be. */
    private Target target(FeedRecord r, Optional<SourceRecord> held, MatchRecord match, ChunkReads chunk, Instant now) {
        if (held.isPresent() && held.get().child().isPresent()) {
            return new Target(survivor(held.get().child().get()), RecordOutcome.LINKED, false, false, false, null);
        }
        Optional<IdentityDecision.Result> known = chunk.decision(match);
        IdentityDecision.Result decision = known.orElseGet(() -> matcher.match(match));
        if (decision.outcome() == IdentityDecision.Outcome.LINK) {
            long linkedTo = decision.against().orElseThrow().candidate().childId();
            return new Target(em.find(Child.class, linkedTo), RecordOutcome.LINKED, false,
                    held.isEmpty() && known.isPresent() && chunk.linkTargets().holds(em, linkedTo), false, decision);
        }
        Child child = new Child(ids.next(), r.givenNames(), r.familyName(), r.dateOfBirth(), r.gender(), now);
        if (decision.shield()) {
            child.shield();
        }
        return new Target(child, decision.outcome() == IdentityDecision.Outcome.CREATE ? RecordOutcome.CREATED
                : RecordOutcome.REVIEW, true, false, decision.shield(), decision);
    }

    /** The child's golden record with this source; true when that shielded it (it came to live in a shielded home). */
    private boolean settle(Target target, SourceRecord source, ChunkReads chunk, Instant now) {
        Child child = target.child();
        if (target.created()) {
            return golden.settleNew(child, source.address().orElse(null), chunk.homes(), now);
        }
        if (target.linkedFromChunk()) {
            List<SourceRecord> sources = new ArrayList<>(chunk.linkTargets().sourcesOf(child.id()));
            sources.add(source);
            return golden.settle(child, sources, chunk.homes(), now);
        }
        return golden.settle(child, chunk.homes(), now);
    }

    private static String authorityOf(Child child) {
        return child.responsibleAuthority().map(LocalAuthority::code).orElse(null);
    }

    private void queueReview(FeedRecord r, Child child, IdentityDecision.Result match, Instant now, Consumer<Object> persist) {
        if (match == null || match.outcome() != IdentityDecision.Outcome.REVIEW) {
            return;
        }
        IdentityDecision.Scored against = match.against().orElseThrow();
        Child candidate = em.find(Child.class, against.candidate().childId());
        persist.accept(new MatchReview(child, candidate, r.sourceSystem(), r.sourceRecordId(), against.score().total(),
                MatchRecords.agreements(against.score()), against.candidate().authority(), now));
    }

    /** The child a merged record now is (a merge of a merge is followed too). */
    private Child survivor(Child child) {
        Child current = child;
        for (int depth = 0; depth < 5 && current.status() == ChildStatus.MERGED && current.survivorCpId().isPresent(); depth++) {
            String id = current.survivorCpId().get();
            current = em.createQuery("SELECT c FROM Child c WHERE c.cpId.value = :id", Child.class).setParameter("id", id)
                    .getSingleResult();
        }
        return current;
    }

    /**
     * What the record says besides identity and address. A parent the same source record said before is said again as
     * it stands now (a new phone), and one its later version leaves out is taken off ({@link #apply}); its services are
     * {@link SourceServices}'.
     *
     * @param source          the row id of the record's source record: what it adds follows that record at an unmerge
     * @param linkedFromChunk the child's services were read with the chunk ({@link LinkTargets})
     */
    private void addDetails(Child child, FeedRecord r, long source, boolean created, boolean linkedFromChunk, ChunkReads chunk,
                            Instant now, Consumer<Object> persist) {
        r.identifiers().forEach((scheme, value) -> child.addIdentifier(scheme, value, source));
        r.knownAs().forEach(name -> child.addOtherName(OtherNameType.KNOWN_AS, name, null, source));
        if (!child.givenNames().equalsIgnoreCase(r.givenNames()) || !child.familyName().equalsIgnoreCase(r.familyName())) {
            child.addOtherName(OtherNameType.KNOWN_AS, r.givenNames(), r.familyName(), source);
        }
        for (FeedRecord.ParentCarer p : r.parentsCarers()) {
            child.addParentCarer(p.name(), p.relationship(), p.parentalResponsibility(), new ContactDetails(p.phone(), null),
                    p.address() == null ? null : address(p.address()), source);
        }
        if (r.setting() != null) {
            child.attend(em.getReference(Setting.class, chunk.setting(r.setting().urn())), r.setting().from(), source);
        }
        if (r.gpPractice() != null) {
            child.registerWith(em.getReference(GpPractice.class, chunk.practice(r.gpPractice().code())), r.gpPractice().from(),
                    source);
        }
        services.say(child, r, source, created, linkedFromChunk, chunk, now, persist);
    }

    private static Address address(FeedRecord.Address a) {
        return new Address(a.line1(), a.line2(), a.town(), a.postcode());
    }
}
