package org.contactpoint.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.security.api.Caller;
import org.contactpoint.security.api.PermissionChecker;
import org.contactpoint.security.api.Permissions;

import java.util.List;

/**
 * The local authority a call acts in, from the parameter marked {@code @AuthorityScope}: an authority code as given,
 * or the responsible authority of the child with that ContactPoint ID ("unknown" when it has none).
 */
@ApplicationScoped
public class AuthorityScopes {

    static final String UNKNOWN = "unknown";

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    PermissionChecker permissions;

    /** The authorities where the caller holds {@code permission} (e.g. whose accounts they administer), by name. */
    public List<String> where(Caller caller, String permission) {
        return em.createQuery("SELECT la.code FROM LocalAuthority la ORDER BY la.name", String.class).getResultList().stream()
                .filter(code -> permissions.isPermitted(caller, permission, code)).toList();
    }

    /** Whether the caller holds {@code permission} everywhere, children with no authority included (national teams). */
    public boolean isPermittedNationally(Caller caller, String permission) {
        return permissions.isPermitted(caller, permission, UNKNOWN);
    }

    /**
     * Whether the caller is the ContactPoint team of the child's authority (decides its shielding): the one rule
     * behind seeing a shielded record in full, reading an archived one, and recording a parent's shielding request.
     */
    public boolean isChildsTeam(Caller caller, Child child) {
        return child.responsibleAuthority()
                .map(la -> permissions.isPermitted(caller, Permissions.SHIELD_DECIDE, la.code())).orElse(false);
    }

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

    /** A source system code as given, or a scope matching no permission when it is not shaped like one. */
    public String ofSource(Object scope) {
        return scope instanceof String code && code.matches("[A-Z0-9-]{2,32}") ? code : UNKNOWN;
    }

    private String ofChild(String cpId) {
        return em.createQuery("SELECT c.responsibleAuthority.code FROM Child c WHERE c.cpId.value = :id", String.class)
                .setParameter("id", cpId).getResultStream().findFirst().orElse(UNKNOWN);
    }
}
