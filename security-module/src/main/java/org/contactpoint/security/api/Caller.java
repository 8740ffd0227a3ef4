package org.contactpoint.security.api;

import org.contactpoint.account.entity.Role;
import org.contactpoint.involvement.entity.ServiceType;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: an authenticated user or partner system, as the permission checker and the audit trail see it.
 * Holds no secrets.
 */
public record Caller(String username, Set<Role> roles, String localAuthorityCode, String organisationCode,
                     ServiceType serviceType, boolean nationalPartner) {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Optional<String> localAuthority() {
        return Optional.ofNullable(localAuthorityCode);
    }

    public Optional<ServiceType> service() {
        return Optional.ofNullable(serviceType);
    }

    /** The role recorded in audit events: the most powerful one held. */
    public String primaryRole() {
        return roles.stream().max(Enum::compareTo).map(Enum::name).orElse("NONE");
    }

    /** A caller that is nobody: used for unauthenticated requests, permitted nothing. */
    public static Caller anonymous() {
        return new Caller("anonymous", Set.of(), null, "NONE", null, false);
    }
}
