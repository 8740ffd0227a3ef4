package org.contactpoint.feed.control;

import jakarta.persistence.EntityManager;
import org.contactpoint.child.entity.Child;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.schema.control.PlainJdbc;
import org.contactpoint.search.entity.ChildSearchKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The held children a chunk's records will link to, read for the whole chunk before it starts: each child with the
 * names, addresses, identifiers, parents/carers, settings and GP practices a link adds to, its source records (for
 * the golden record), its search keys and the services it already has. Linking a record to one of them then reads
 * nothing of its own: per linked record, the child, its six lists and its sources were eight reads and a flush
 * (43 % of a linking load's CPU under EclipseLink's reads).
 * <p>
 * Only a child the chunk has not touched yet, and still managed, is linked from here ({@link ChunkReads} sends a
 * record meeting a touched child to reads of its own), so what was read is what the database held.
 */
final class LinkTargets {

    private static final String[] LISTS = {"c.otherNames", "c.addresses", "c.identifiers", "c.parentsCarers",
            "c.settings", "c.gpRegistrations", "c.settings.setting", "c.gpRegistrations.practice"};

    private final Map<Long, Child> children = new HashMap<>();
    private final Map<Long, List<SourceRecord>> sources = new HashMap<>();
    private final Map<Long, List<ChildSearchKey>> keys = new HashMap<>();
    private final Set<Service> services = new HashSet<>();

    /** A service a child has: who runs it, which service, since when (what makes a feed's service a repeat). */
    record Service(long childId, String owner, ServiceType type, LocalDate from) {
    }

    private LinkTargets() {
    }

    static LinkTargets read(EntityManager em, Collection<Long> childIds) {
        LinkTargets targets = new LinkTargets();
        if (childIds.isEmpty()) {
            return targets;
        }
        List<Long> ids = new ArrayList<>(childIds);
        for (int from = 0; from < ids.size(); from += PlainJdbc.KEYS_PER_READ) {
            targets.readBlock(em, ids.subList(from, Math.min(ids.size(), from + PlainJdbc.KEYS_PER_READ)));
        }
        return targets;
    }

    private void readBlock(EntityManager em, List<Long> ids) {
        var query = em.createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN");
        for (String list : LISTS) {
            query.setHint("eclipselink.batch", list); // EclipseLink's batch reading: one read per list for all
        }
        for (Child child : query.getResultList()) {
            // touching each list loads it for all the block's children at once
            child.otherNames().size();
            child.addresses().size();
            child.identifiers().size();
            child.parentsCarers().size();
            child.settings().size();
            child.gpRegistrations().size();
            children.put(child.id(), child);
            sources.put(child.id(), new ArrayList<>());
            keys.put(child.id(), new ArrayList<>());
        }
        em.createQuery("SELECT s FROM SourceRecord s WHERE s.child.id IN :ids", SourceRecord.class).setParameter("ids", ids)
                .getResultList().forEach(s -> sources.get(s.child().orElseThrow().id()).add(s));
        em.createQuery("SELECT k FROM ChildSearchKey k WHERE k.child.id IN :ids ORDER BY k.id", ChildSearchKey.class)
                .setParameter("ids", ids).getResultList().forEach(k -> keys.get(k.child().id()).add(k));
        PlainJdbc.rowsIn(em, "SELECT child_id, owner_organisation, service_type, valid_from FROM involvement WHERE child_id IN (%s)", ids)
                .forEach(row -> services.add(new Service(((Number) row[0]).longValue(), (String) row[1],
                        ServiceType.valueOf((String) row[2]), row[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[3])));
    }

    /**
     * True when the child was read here and is still managed: the chunk empties the persistence context before the
     * records that read on their own ({@code FeedChunk.applyAll}), and what was read here can then no longer be changed.
     */
    boolean holds(EntityManager em, long childId) {
        Child child = children.get(childId);
        return child != null && em.contains(child);
    }

    /** The child's source records as held before the chunk. */
    List<SourceRecord> sourcesOf(long childId) {
        return sources.get(childId);
    }

    /** The child's search keys as held before the chunk (managed, so a changed key can be removed). */
    List<ChildSearchKey> keysOf(long childId) {
        return keys.get(childId);
    }

    boolean hasService(Service service) {
        return services.contains(service);
    }
}
