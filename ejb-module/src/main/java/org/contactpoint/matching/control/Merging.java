package org.contactpoint.matching.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildAddress;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.matching.entity.ChildMerge;
import org.contactpoint.search.control.SearchKeyIndex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges two records of one child and undoes it. A merge moves the merged record's rows (the tables below) to the
 * survivor (of the two records' schools, and of their GP practices, the later becomes current:
 * {@link Child#redateOrganisationLinks}), chooses the survivor's identity again from the joined sources (its golden
 * record), keeps the other names as known-as names, and notes each row moved or added, so an unmerge puts back exactly
 * those: both records as they were, with their own sources and contacts. What the merged record's sources add to the
 * survivor while merged (services, consents, parents, identifiers, names, schools, GP practices: each row notes its
 * source record) goes back with them too, and each record's identity and address are chosen again from its own
 * sources; a row they did not add because the survivor had one like it already is not made for the record. The merged
 * record's ID resolves to the survivor meanwhile (search, REST, SOAP, feeds). Shielding only ever spreads: a survivor
 * merged with a shielded record is shielded, and stays so after an unmerge (it may hold what the shielded record
 * brought; its team can unshield it through the usual decision), and so are the children living in its home. Both
 * take their place among the feed's chunks ({@link ChunkSequence}): a chunk that read either record before reads
 * again, so it never links a record to a child merged meanwhile.
 */
@Dependent
public class Merging {

    /** The tables whose rows belong to a child and follow it through a merge. */
    static final List<String> MOVED = List.of("source_record", "involvement", "consent", "parent_carer",
            "child_identifier", "child_other_name", "child_setting", "child_gp_practice", "shielding_request");

    /** The tables whose rows note the feed's source record that put them on a child ({@code from_source_record}). */
    static final List<String> FROM_SOURCES = List.of("involvement", "consent", "parent_carer", "child_identifier",
            "child_other_name", "child_setting", "child_gp_practice");

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    SearchKeyIndex searchKeys;

    @Inject
    GoldenRecord golden;

    /** A merge done: its id, and the children shielded because the survivor now is and they live in its home. */
    public record Merge(long id, List<Child> housematesShielded) {
    }

    public Merge merge(Child survivorRecord, Child mergedRecord, Long reviewId, String by, Instant now) {
        long sequence = ChunkSequence.lock(em); // before the children's rows: a chunk holding the sequence may wait for them
        Child survivor = em.find(Child.class, survivorRecord.id(), LockModeType.PESSIMISTIC_WRITE);
        Child merged = em.find(Child.class, mergedRecord.id(), LockModeType.PESSIMISTIC_WRITE);
        if (survivor.id().equals(merged.id())) {
            throw new RequestProblem("mergedCpId", "mergedCpId: a record cannot be merged into itself.");
        }
        live(survivor, "survivorCpId");
        live(merged, "mergedCpId");
        em.flush();
        ChildMerge record = new ChildMerge(survivor, merged.id(), reviewId, by, now);
        em.persist(record);
        em.flush();
        long mergeId = record.id();
        for (String table : MOVED) {
            em.createNativeQuery("INSERT INTO child_merge_row (merge_id, table_name, row_id, added) SELECT ?1, '" + table
                    + "', id, FALSE FROM " + table + " WHERE child_id = ?2").setParameter(1, mergeId)
                    .setParameter(2, merged.id()).executeUpdate();
            em.createNativeQuery("UPDATE " + table + " SET child_id = ?1 WHERE child_id = ?2")
                    .setParameter(1, survivor.id()).setParameter(2, merged.id()).executeUpdate();
        }
        List<Long> namesMoved = otherNameIds(survivor.id());
        em.createNativeQuery("DELETE FROM child_search_key WHERE child_id = ?1").setParameter(1, merged.id()).executeUpdate();
        em.clear();
        survivor = em.find(Child.class, survivor.id());
        merged = em.find(Child.class, merged.id());
        survivor.redateOrganisationLinks();
        golden.settleIdentity(survivor, now);
        boolean sameName = survivor.givenNames().equalsIgnoreCase(merged.givenNames())
                && survivor.familyName().equalsIgnoreCase(merged.familyName());
        if (!sameName && !hasOtherName(survivor, merged)) {
            survivor.addOtherName(OtherNameType.KNOWN_AS, merged.givenNames(), merged.familyName());
        }
        em.flush();
        noteAddedNames(mergeId, survivor.id(), namesMoved);
        boolean survivorWasShielded = survivor.isShielded();
        if (merged.isShielded()) {
            survivor.shield();
        }
        merged.mergeInto(survivor.cpId());
        searchKeys.refresh(survivor);
        List<Child> housemates = golden.shieldHousemates(survivor, survivor.currentAddress().map(ChildAddress::address),
                survivorWasShielded);
        List<Child> changed = new ArrayList<>(List.of(survivor, merged));
        changed.addAll(housemates);
        ChunkSequence.wrote(em, sequence, changed(changed));
        return new Merge(mergeId, housemates);
    }

    /** Undoes the latest merge of this record. */
    public Unmerge unmerge(Child mergedRecord, String by, Instant now) {
        List<ChildMerge> open = em.createQuery("SELECT m FROM ChildMerge m WHERE m.mergedId = :id AND m.unmergedAt IS NULL "
                + "ORDER BY m.id DESC", ChildMerge.class).setParameter("id", mergedRecord.id()).setMaxResults(1).getResultList();
        if (open.isEmpty() || mergedRecord.status() != ChildStatus.MERGED) {
            throw new RequestProblem("mergedCpId", "mergedCpId: this record is not merged into another.");
        }
        ChildMerge record = open.get(0);
        long mergeId = record.id();
        long survivorId = record.survivorId();
        long sequence = ChunkSequence.lock(em);
        em.find(Child.class, survivorId, LockModeType.PESSIMISTIC_WRITE);
        em.find(Child.class, mergedRecord.id(), LockModeType.PESSIMISTIC_WRITE);
        em.flush();
        for (String table : MOVED) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE id IN (SELECT row_id FROM child_merge_row WHERE merge_id = ?1 "
                    + "AND table_name = '" + table + "' AND added = TRUE)").setParameter(1, mergeId).executeUpdate();
            em.createNativeQuery("UPDATE " + table + " SET child_id = ?1 WHERE id IN (SELECT row_id FROM child_merge_row "
                    + "WHERE merge_id = ?2 AND table_name = '" + table + "' AND added = FALSE)")
                    .setParameter(1, mergedRecord.id()).setParameter(2, mergeId).executeUpdate();
        }
        for (String table : FROM_SOURCES) {
            // what the merged record's sources added to the survivor since the merge goes back with them
            em.createNativeQuery("UPDATE " + table + " SET child_id = ?1 WHERE child_id = ?2 AND from_source_record IN "
                            + "(SELECT row_id FROM child_merge_row WHERE merge_id = ?3 AND table_name = 'source_record' "
                            + "AND added = FALSE)")
                    .setParameter(1, mergedRecord.id()).setParameter(2, survivorId).setParameter(3, mergeId).executeUpdate();
        }
        em.flush();
        em.clear();
        Child survivor = em.find(Child.class, survivorId);
        em.find(ChildMerge.class, mergeId).undo(survivor, by, now);
        Child merged = em.find(Child.class, mergedRecord.id());
        merged.unmerge();
        merged.redateOrganisationLinks();
        survivor.redateOrganisationLinks();
        // each as its own sources say, where it lives too: an address the record's sources gave the survivor goes back
        List<Child> shielded = new ArrayList<>();
        for (Child child : List.of(merged, survivor)) {
            Optional<Address> homeBefore = child.currentAddress().map(ChildAddress::address);
            boolean shieldedBefore = child.isShielded();
            if (golden.settle(child, now)) {
                shielded.add(child);
            }
            shielded.addAll(golden.shieldHousemates(child, homeBefore, shieldedBefore));
        }
        searchKeys.refresh(merged);
        searchKeys.refresh(survivor);
        List<Child> changed = new ArrayList<>(List.of(survivor, merged));
        changed.addAll(shielded);
        ChunkSequence.wrote(em, sequence, changed(changed));
        return new Unmerge(record.reviewId().orElse(null), shielded.stream().distinct().toList()); // once if both homes hold it
    }

    /**
     * An unmerge done: the review the merge came from, if any, and the children it shielded (either record, now living
     * in a shielded child's home, or a child living in the home of either, now shielded there).
     */
    public record Unmerge(Long reviewId, List<Child> shielded) {
    }

    /**
     * What a merge or unmerge changes for a feed chunk that read either record before it: both children, and the
     * shielded ones' birthdays and homes.
     */
    private static Set<Long> changed(List<Child> children) {
        Set<Long> changed = new HashSet<>();
        for (Child child : children) {
            changed.addAll(child.isShielded() ? ChunkSequence.shielded(child) : ChunkSequence.changed(child));
        }
        return changed;
    }

    private List<Long> otherNameIds(long childId) {
        return em.createQuery("SELECT n.id FROM OtherName n WHERE n.child.id = :child", Long.class)
                .setParameter("child", childId).getResultList();
    }

    /** Names the merge gave the survivor (the merged record's, or the survivor's own when its golden name changed). */
    private void noteAddedNames(long mergeId, long survivorId, List<Long> held) {
        for (Long id : otherNameIds(survivorId)) {
            if (!held.contains(id)) {
                em.createNativeQuery("INSERT INTO child_merge_row (merge_id, table_name, row_id, added) "
                        + "VALUES (?1, 'child_other_name', ?2, TRUE)").setParameter(1, mergeId).setParameter(2, id)
                        .executeUpdate();
            }
        }
    }

    private static void live(Child child, String field) {
        if (child.status() != ChildStatus.ACTIVE) {
            throw new RequestProblem(field, field + ": " + child.cpId().value() + " is not a live record (it is "
                    + child.status().name().toLowerCase() + ").");
        }
    }

    private static boolean hasOtherName(Child survivor, Child merged) {
        return survivor.otherNames().stream().anyMatch(n -> n.type() == OtherNameType.KNOWN_AS
                && Objects.equals(n.givenNames(), merged.givenNames()) && Objects.equals(n.familyName(), merged.familyName()));
    }
}
