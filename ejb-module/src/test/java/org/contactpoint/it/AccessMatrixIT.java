package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.api.Accounts;
import org.contactpoint.account.api.Enrolment;
import org.contactpoint.account.api.NewAccount;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.Role;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × every secured EJB method × the caller's own and another authority, against the table below.
 * "allowed" means the permission check passed (the call may still fail on its own terms, e.g. an unknown username).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String OWN = "E10000024";
    private static final String OTHER = "E06000018";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    Accounts accounts;

    @EJB
    Enrolment enrolment;

    @EJB
    TestStore store;

    @Inject
    Callers callers;

    /** Expected: allowed in own authority / allowed in another authority, per role and method. */
    private static final Map<String, String> TABLE = new LinkedHashMap<>();

    static {
        // method                  PRACTITIONER SENSITIVE LA_MANAGEMENT NATIONAL_ADMIN AUDITOR PARTNER_SYSTEM (own/other)
        for (String method : List.of("inAuthority", "create", "recordTraining", "recordChecks", "suspend", "reinstate",
                "unlock", "revoke", "resetToken")) {
            TABLE.put(method, "--/-- --/-- yy/-- yy/yy --/-- --/--");
        }
        TABLE.put("administeredAuthorities", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
        TABLE.put("enrolBegin", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
    }

    private static final Role[] ROLES = {Role.PRACTITIONER, Role.SENSITIVE_SERVICE_PRACTITIONER, Role.LA_MANAGEMENT,
            Role.NATIONAL_ADMIN, Role.AUDITOR, Role.PARTNER_SYSTEM};

    private String account(Role role) {
        String username = "mx." + role.name().toLowerCase().replace('_', '-') + System.nanoTime() % 1_000_000;
        store.inTransaction(em -> {
            Account a = new Account(username, "Matrix User", "ORG", "Matrix Organisation",
                    role == Role.NATIONAL_ADMIN ? null : em.find(LocalAuthority.class, OWN), Set.of(role), Instant.now());
            a.activate("x", "x", "x");
            em.persist(a);
            return null;
        });
        return username;
    }

    private Callable<Object> call(String method, String authority) {
        String nobody = "nobody.at.all";
        return switch (method) {
            case "inAuthority" -> () -> accounts.inAuthority(authority);
            case "create" -> () -> accounts.create(authority, new NewAccount("mx.new" + System.nanoTime() % 1_000_000_000,
                    "New User", "ORG", "Organisation", Set.of("PRACTITIONER"), null));
            case "recordTraining" -> () -> { accounts.recordTraining(authority, nobody, LocalDate.now(), LocalDate.now()); return null; };
            case "recordChecks" -> () -> { accounts.recordChecks(authority, nobody, LocalDate.now(), LocalDate.now()); return null; };
            case "suspend" -> () -> { accounts.suspend(authority, nobody); return null; };
            case "reinstate" -> () -> { accounts.reinstate(authority, nobody); return null; };
            case "unlock" -> () -> { accounts.unlock(authority, nobody); return null; };
            case "revoke" -> () -> { accounts.revoke(authority, nobody); return null; };
            case "resetToken" -> () -> accounts.resetToken(authority, nobody);
            case "administeredAuthorities" -> accounts::administeredAuthorities;
            case "enrolBegin" -> () -> enrolment.begin(nobody, "AAAA-AAAA-AAAA-AAAA");
            default -> throw new IllegalArgumentException(method);
        };
    }

    @Test
    void everyRoleMethodAndAuthorityMatchesTheTable() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (int r = 0; r < ROLES.length; r++) {
            String username = account(ROLES[r]);
            for (Map.Entry<String, String> row : TABLE.entrySet()) {
                String cell = row.getValue().split(" ")[r];
                for (int side = 0; side < 2; side++) {
                    String authority = side == 0 ? OWN : OTHER;
                    boolean expected = cell.charAt(side == 0 ? 0 : 3) == 'y';
                    boolean permitted;
                    try {
                        callers.actingAs(username, call(row.getKey(), authority));
                        permitted = true;
                    } catch (NotPermittedException e) {
                        permitted = false;
                    } catch (Exception e) {
                        permitted = true; // got past the permission check, failed on its own terms
                    }
                    if (permitted != expected) {
                        mismatches.add(ROLES[r] + " " + row.getKey() + " " + (side == 0 ? "own" : "other")
                                + ": expected " + (expected ? "allowed" : "denied"));
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
