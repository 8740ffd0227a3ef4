package org.contactpoint.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.function.Function;

/** Test helper: runs work against the real persistence unit, each call in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TestStore {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public <T> T inTransaction(Function<EntityManager, T> work) {
        T result = work.apply(em);
        em.flush();
        return result;
    }

    /** The child a source record (by its id, which tests make unique) is linked to, read afresh. */
    public org.contactpoint.child.entity.Child childOf(String sourceRecordId) {
        return em.createQuery("SELECT s.child FROM SourceRecord s WHERE s.sourceRecordId = :id",
                org.contactpoint.child.entity.Child.class).setParameter("id", sourceRecordId).getSingleResult();
    }
}
