package org.contactpoint.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.ContactPointId;

/**
 * The local authority a call acts in, from the parameter marked {@code @AuthorityScope}: an authority code as given,
 * or the responsible authority of the child with that ContactPoint ID ("unknown" when it has none).
 */
@ApplicationScoped
public class AuthorityScopes {

    static final String UNKNOWN = "unknown";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public String of(Object scope) {
        if (scope instanceof ContactPointId id) {
            return ofChild(id.value());
        }
        if (scope instanceof String text && text.matches("\\d{10}")) {
            return ofChild(text);
        }
        if (scope instanceof String code && code.matches("E\\d{8}")) {
            return code;
        }
        return UNKNOWN;
    }

    private String ofChild(String cpId) {
        return em.createQuery("SELECT c.responsibleAuthority.code FROM Child c WHERE c.cpId.value = :id", String.class)
                .setParameter("id", cpId).getResultStream().findFirst().orElse(UNKNOWN);
    }
}
