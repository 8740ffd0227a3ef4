package org.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authority each actor of a page belongs to: the event's own when it has one, else the account's (sign-ins are
 * audited before the caller is known). Actors with neither are absent (national).
 */
@ApplicationScoped
public class ActorAuthorities {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public Map<String, String> of(List<StreamEvent> page) {
        Map<String, String> found = new HashMap<>();
        for (StreamEvent e : page) {
            if (e.authority() != null) {
                found.putIfAbsent(e.actor(), e.authority());
            }
        }
        Set<String> unknown = page.stream().map(StreamEvent::actor).filter(a -> !found.containsKey(a)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            for (Object row : em.createQuery("SELECT a.username, a.localAuthority.code FROM Account a WHERE a.username IN :u "
                    + "AND a.localAuthority IS NOT NULL").setParameter("u", unknown).getResultList()) {
                Object[] r = (Object[]) row;
                found.put((String) r[0], (String) r[1]);
            }
        }
        return found;
    }
}
