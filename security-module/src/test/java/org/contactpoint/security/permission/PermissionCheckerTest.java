package org.contactpoint.security.permission;

import org.contactpoint.account.entity.Role;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.security.api.Caller;
import org.contactpoint.security.api.PermissionChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The role × permission × own/other authority matrix of ARCHITECTURE.md §5. */
class PermissionCheckerTest {

    private static final String OWN = "E10000024";
    private static final String OTHER = "E06000018";
    private final PermissionChecker checker = new PermissionChecker();

    private static Caller caller(Role role) {
        return new Caller("u", Set.of(role), role == Role.NATIONAL_ADMIN ? null : OWN, "ORG",
                role == Role.SENSITIVE_SERVICE_PRACTITIONER ? ServiceType.MENTAL_HEALTH : null, false);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "PRACTITIONER, child:search, true",
            "PRACTITIONER, child:view:OWN, true",
            "PRACTITIONER, child:view:OTHER, true",
            "PRACTITIONER, involvement:write, true",
            "PRACTITIONER, shield:request, true",
            "PRACTITIONER, shield:decide:OWN, false",
            "PRACTITIONER, sensitive:view:mental-health, false",
            "PRACTITIONER, account:admin:OWN, false",
            "PRACTITIONER, audit:read:OWN, false",
            "SENSITIVE_SERVICE_PRACTITIONER, sensitive:view:mental-health, true",
            "SENSITIVE_SERVICE_PRACTITIONER, sensitive:view:sexual-health, false",
            "LA_MANAGEMENT, shield:decide:OWN, true",
            "LA_MANAGEMENT, shield:decide:OTHER, false",
            "LA_MANAGEMENT, account:admin:OWN, true",
            "LA_MANAGEMENT, account:admin:OTHER, false",
            "LA_MANAGEMENT, audit:read:OTHER, false",
            "LA_MANAGEMENT, consent:manage:OWN, true",
            "NATIONAL_ADMIN, account:admin:OWN, true",
            "NATIONAL_ADMIN, account:admin:OTHER, true",
            "NATIONAL_ADMIN, child:view:OWN, false",
            "NATIONAL_ADMIN, child:search, false",
            "AUDITOR, audit:read:OWN, true",
            "AUDITOR, audit:read:OTHER, false",
            "AUDITOR, child:search, false",
            "PARTNER_SYSTEM, feed:submit:ORG, true",
            "PARTNER_SYSTEM, feed:submit:NHS-PDS, false",
            "PARTNER_SYSTEM, shield:decide:OWN, false"})
    void roleMatrix(Role role, String permission, boolean expected) {
        String concrete = permission.replace("OWN", OWN).replace("OTHER", OTHER);
        assertThat(checker.isPermitted(caller(role), concrete)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"child:search", "child:view:E10000024", "audit:read:E10000024", "account:admin:E10000024"})
    void anonymousIsPermittedNothingButEnrolment(String permission) {
        assertThat(checker.isPermitted(Caller.anonymous(), permission)).isFalse();
        assertThat(checker.isPermitted(Caller.anonymous(), "account:enrol")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"shield:decide:none", "shield:decide:*"})
    void managementWithoutAnAuthorityDecidesNothingAnywhere(String permission) {
        Caller noLa = new Caller("u", Set.of(Role.LA_MANAGEMENT), null, "ORG", null, false);
        assertThat(checker.isPermitted(noLa, "shield:decide:" + OWN)).isFalse();
    }
}
