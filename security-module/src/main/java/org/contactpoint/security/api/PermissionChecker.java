package org.contactpoint.security.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.contactpoint.security.permission.RolePermissions;

/**
 * The one place that decides whether a caller may do something. The EJB layer's {@code @Authorized} interceptor
 * asks it with the scope of the target (e.g. {@code child:view:E10000024}); nothing else decides permissions.
 */
@ApplicationScoped
public class PermissionChecker {

    public boolean isPermitted(Caller caller, String permission) {
        WildcardPermission wanted = new WildcardPermission(permission, true);
        return RolePermissions.of(caller).stream().anyMatch(p -> p.implies(wanted));
    }

    /** A permission with a scope, e.g. {@code isPermitted(caller, "shield:decide", "E10000024")}. */
    public boolean isPermitted(Caller caller, String permission, String scope) {
        return isPermitted(caller, Permissions.scoped(permission, scope));
    }
}
