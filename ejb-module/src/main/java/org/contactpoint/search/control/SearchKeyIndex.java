package org.contactpoint.search.control;

import org.contactpoint.search.entity.SearchKeys;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.Child;
import org.contactpoint.search.entity.ChildSearchKey;

import java.util.List;

/**
 * Keeps a child's search keys in step with its identity and address, in the caller's transaction: every writer of
 * a child's names, date of birth, gender or address calls {@link #refresh} (or {@link #index} for a new child).
 */
@Dependent
public class SearchKeyIndex {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /** A child created in this transaction: it has no keys yet. @return its keys */
    public List<ChildSearchKey> index(Child child) {
        List<ChildSearchKey> keys = SearchKeys.of(child);
        keys.forEach(em::persist);
        return keys;
    }

    /** Replaces the child's keys when they changed; leaves them alone otherwise. @return its keys now */
    public List<ChildSearchKey> refresh(Child child) {
        List<ChildSearchKey> held = em.createQuery("SELECT k FROM ChildSearchKey k WHERE k.child = :child ORDER BY k.id",
                ChildSearchKey.class).setParameter("child", child).getResultList();
        List<ChildSearchKey> wanted = SearchKeys.of(child);
        boolean same = held.size() == wanted.size()
                && wanted.stream().allMatch(w -> held.stream().anyMatch(h -> h.sameValuesAs(w)));
        if (same) {
            return held;
        }
        held.forEach(em::remove);
        wanted.forEach(em::persist);
        return wanted;
    }
}
