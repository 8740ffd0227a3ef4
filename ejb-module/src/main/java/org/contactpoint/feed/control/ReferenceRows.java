package org.contactpoint.feed.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.Setting;

/**
 * Settings and GP practices a feed names for the first time, each created in a short transaction of its own: two
 * batches meeting the same new school at once then conflict only here, briefly, instead of one of them losing a
 * whole chunk. The loser of such a race finds the winner's row when it reads again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReferenceRows {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public void createSetting(String urn, String name) {
        em.persist(new Setting(urn, name));
        em.flush();
    }

    public void createPractice(String code, String name) {
        em.persist(new GpPractice(code, name));
        em.flush();
    }
}
