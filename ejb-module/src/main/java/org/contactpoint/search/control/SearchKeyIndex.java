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
        return index(child, em::persist);
    }

    /** As {@link #index(Child)}, the keys given to {@code persist} (the feed writes a new child's rows itself). */
    public List<ChildSearchKey> index(Child child, java.util.function.Consumer<Object> persist) {
        List<ChildSearchKey> keys = SearchKeys.of(child);
        keys.forEach(persist);
        return keys;
    }

    /** Replaces the child's keys when they changed; leaves them alone otherwise. @return its keys now */
    public List<ChildSearchKey> refresh(Child child) {
        return refreshHeld(child, em.createQuery("SELECT k FROM ChildSearchKey k WHERE k.child = :child ORDER BY k.id",
                ChildSearchKey.class).setParameter("child", child).getResultList());
    }

    /** As {@link #refresh(Child)}, given the child's held keys (managed, read with the caller's other reads). */
    public List<ChildSearchKey> refreshHeld(Child child, List<ChildSearchKey> held) {
        return refreshHeld(child, held, em::persist);
    }

    /** As {@link #refreshHeld(Child, List)}, new keys given to {@code persist} (as {@link #index(Child, java.util.function.Consumer)}). */
    public List<ChildSearchKey> refreshHeld(Child child, List<ChildSearchKey> held, java.util.function.Consumer<Object> persist) {
        List<ChildSearchKey> wanted = SearchKeys.of(child);
        if (sameValues(held, wanted)) {
            return held;
        }
        held.forEach(em::remove);
        wanted.forEach(persist);
        return wanted;
    }

    /**
     * As {@link #refresh(Child)}, given the child's keys before this change (its keys are always
     * {@code SearchKeys.of} the child, as every writer keeps them). When keys were only added (a new known-as name,
     * the usual change a feed makes) the new ones are written without reading the held ones.
     */
    public List<ChildSearchKey> refresh(Child child, List<ChildSearchKey> before) {
        List<ChildSearchKey> wanted = SearchKeys.of(child);
        if (!before.stream().allMatch(b -> wanted.stream().anyMatch(w -> w.sameValuesAs(b)))) {
            return refresh(child);
        }
        wanted.stream().filter(w -> before.stream().noneMatch(b -> b.sameValuesAs(w))).forEach(em::persist);
        return wanted;
    }

    private static boolean sameValues(List<ChildSearchKey> held, List<ChildSearchKey> wanted) {
        return held.size() == wanted.size() && wanted.stream().allMatch(w -> held.stream().anyMatch(h -> h.sameValuesAs(w)));
    }
}
