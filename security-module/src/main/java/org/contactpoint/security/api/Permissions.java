package org.contactpoint.security.api;

/**
 * The permission strings of ARCHITECTURE.md §5, in Shiro's wildcard form {@code domain:action[:scope]}.
 * The scope is a local-authority code, a service type or a source system. These constants are the only place
 * the strings are spelled; the EJB layer checks them through the permission checker.
 */
public final class Permissions {

    public static final String CHILD_SEARCH = "child:search";
    public static final String CHILD_VIEW = "child:view";
    public static final String INVOLVEMENT_WRITE = "involvement:write";
    public static final String SENSITIVE_VIEW = "sensitive:view";
    public static final String SHIELD_REQUEST = "shield:request";
    public static final String SHIELD_DECIDE = "shield:decide";
    public static final String CONSENT_MANAGE = "consent:manage";
    public static final String ACCOUNT_ADMIN = "account:admin";
    public static final String AUDIT_READ = "audit:read";
    public static final String FEED_SUBMIT = "feed:submit";
    /** Deciding uncertain matches, and merging and unmerging records of one child. */
    public static final String MATCH_REVIEW = "match:review";
    public static final String SYSTEM_ADMIN = "system:admin";
    /** Completing one's own enrolment: open to anyone, the activation code is the credential. */
    public static final String ACCOUNT_ENROL = "account:enrol";

    private Permissions() {
    }

    /** A permission narrowed to one scope: {@code scoped(CHILD_VIEW, "E10000024")} is {@code child:view:E10000024}. */
    public static String scoped(String permission, String scope) {
        if (scope == null || scope.isBlank() || scope.contains(":") || scope.contains(",") || scope.contains("*")) {
            throw new IllegalArgumentException("scope must be a single code, got '" + scope + "'");
        }
        return permission + ":" + scope;
    }
}
