package org.contactpoint.child.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.entity.Child;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Caller;
import org.contactpoint.security.api.PermissionChecker;
import org.contactpoint.security.api.Permissions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link Viewer} of a caller for one child from the permission checker, on every request (no cache). */
@Dependent
public class Viewers {

    /** Reached when the viewer has no authority of their own (national users and partners). */
    static final RecordView.TeamContact NATIONAL_TEAM = new RecordView.TeamContact(
            "ContactPoint national helpdesk", "0300 123 4567", "helpdesk@contactpoint.example.gov.uk");

    @Inject
    PermissionChecker permissions;

    @Inject
    AuthorityScopes scopes;

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    public Viewer of(Caller caller, Child child) {
        boolean decides = scopes.isChildsTeam(caller, child);
        Set<ServiceType> sensitive = caller.nationalPartner() ? EnumSet.noneOf(ServiceType.class)
                : Arrays.stream(ServiceType.values()).filter(ServiceType::isSensitive)
                .filter(t -> permissions.isPermitted(caller, Permissions.SENSITIVE_VIEW, t.code()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceType.class)));
        return new Viewer(caller.organisationCode(), caller.nationalPartner(), decides, sensitive, team(caller));
    }

    /** The caller's own ContactPoint team: never the child's, which would tell a shielded child's area. */
    private RecordView.TeamContact team(Caller caller) {
        return caller.localAuthority().map(code -> em.find(LocalAuthority.class, code))
                .map(la -> new RecordView.TeamContact(la.name() + " ContactPoint team",
                        la.teamContact() == null ? null : la.teamContact().phone(),
                        la.teamContact() == null ? null : la.teamContact().email()))
                .orElse(NATIONAL_TEAM);
    }
}
