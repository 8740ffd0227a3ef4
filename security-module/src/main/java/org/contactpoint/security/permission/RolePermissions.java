package org.contactpoint.security.permission;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.contactpoint.account.entity.Role;
import org.contactpoint.security.api.Caller;

import java.util.ArrayList;
import java.util.List;

import static org.contactpoint.security.api.Permissions.ACCOUNT_ADMIN;
import static org.contactpoint.security.api.Permissions.ACCOUNT_ENROL;
import static org.contactpoint.security.api.Permissions.AUDIT_READ;
import static org.contactpoint.security.api.Permissions.CHILD_SEARCH;
import static org.contactpoint.security.api.Permissions.CHILD_VIEW;
import static org.contactpoint.security.api.Permissions.CONSENT_MANAGE;
import static org.contactpoint.security.api.Permissions.FEED_SUBMIT;
import static org.contactpoint.security.api.Permissions.INVOLVEMENT_WRITE;
import static org.contactpoint.security.api.Permissions.SENSITIVE_VIEW;
import static org.contactpoint.security.api.Permissions.MATCH_REVIEW;
import static org.contactpoint.security.api.Permissions.SHIELD_DECIDE;
import static org.contactpoint.security.api.Permissions.SHIELD_REQUEST;
import static org.contactpoint.security.api.Permissions.SYSTEM_ADMIN;

/**
 * What each role may do (ARCHITECTURE.md §5), as Shiro wildcard permissions scoped to the caller's local authority
 * or service. Practitioners may look up any child in England (views outside their authority are allowed and
 * watched by the misuse rules); management, audit and account administration stay within the team's authority.
 */
public final class RolePermissions {

    /** Scope used when a local role has no authority: matches no real authority code. */
    static final String NO_AUTHORITY = "none";

    private RolePermissions() {
    }

    public static List<WildcardPermission> of(Caller caller) {
        String la = caller.localAuthority().orElse(NO_AUTHORITY);
        List<String> granted = new ArrayList<>(List.of(ACCOUNT_ENROL));
        for (Role role : caller.roles()) {
            switch (role) {
                case PRACTITIONER -> granted.addAll(List.of(CHILD_SEARCH, CHILD_VIEW + ":*", INVOLVEMENT_WRITE, SHIELD_REQUEST));
                case SENSITIVE_SERVICE_PRACTITIONER -> {
                    granted.addAll(List.of(CHILD_SEARCH, CHILD_VIEW + ":*", INVOLVEMENT_WRITE, SHIELD_REQUEST));
                    caller.service().ifPresent(s -> granted.add(SENSITIVE_VIEW + ":" + s.code()));
                }
                case LA_MANAGEMENT -> granted.addAll(List.of(CHILD_SEARCH, CHILD_VIEW + ":*", SHIELD_REQUEST,
                        SENSITIVE_VIEW + ":*", SHIELD_DECIDE + ":" + la, CONSENT_MANAGE + ":" + la,
                        ACCOUNT_ADMIN + ":" + la, AUDIT_READ + ":" + la, MATCH_REVIEW + ":" + la));
                case NATIONAL_ADMIN -> granted.addAll(List.of(ACCOUNT_ADMIN + ":*", AUDIT_READ + ":*", SYSTEM_ADMIN,
                        MATCH_REVIEW + ":*"));
                case AUDITOR -> granted.add(AUDIT_READ + ":" + (caller.localAuthority().isPresent() ? la : "*"));
                case PARTNER_SYSTEM -> granted.addAll(List.of(CHILD_SEARCH, CHILD_VIEW + ":*", INVOLVEMENT_WRITE,
                        FEED_SUBMIT + ":" + caller.organisationCode()));
            }
        }
        return granted.stream().distinct().map(p -> new WildcardPermission(p, true)).toList();
    }
}
