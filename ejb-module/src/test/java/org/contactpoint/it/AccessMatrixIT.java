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
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.involvement.api.InvolvementForm;
import org.contactpoint.involvement.api.Involvements;
import org.contactpoint.search.api.ChildSearch;
import org.contactpoint.search.api.SearchCriteria;
import org.contactpoint.consent.api.ConsentRegister;
import org.contactpoint.shielding.api.ShieldingDecisions;
import org.contactpoint.shielding.api.ShieldingRequests;
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
        for (String method : List.of("partnerSystems", "registerPartnerSystem", "issueApiKey", "revokeApiKey",
                "registerCertificate", "revokeCertificate",
                "inAuthority", "create", "recordTraining", "recordChecks", "suspend", "reinstate",
                "unlock", "revoke", "resetToken")) {
            TABLE.put(method, "--/-- --/-- yy/-- yy/yy --/-- --/--");
        }
        TABLE.put("administeredAuthorities", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
        TABLE.put("enrolBegin", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
        // children: the authority is the child's responsible authority
        TABLE.put("search", "yy/yy yy/yy yy/yy --/-- --/-- yy/yy");
        TABLE.put("openRecord", "yy/yy yy/yy yy/yy --/-- --/-- yy/yy");
        for (String method : List.of("recordInvolvement", "updateInvolvement", "endInvolvement")) {
            TABLE.put(method, "yy/yy yy/yy --/-- --/-- --/-- yy/yy");
        }
        TABLE.put("requestShielding", "yy/yy yy/yy yy/yy --/-- --/-- --/--");
        // shielding decisions: the authority is the team's
        TABLE.put("decidedAuthorities", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
        TABLE.put("consentAuthorities", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
        TABLE.put("auditAuthorities", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
        for (String method : List.of("openRequests", "overdueReviews", "approve", "reject", "askForMore", "unshield",
                "consentsOfChild", "withdrawConsent", "careLeaverConsent")) {
            TABLE.put(method, "--/-- --/-- yy/-- --/-- --/-- --/--");
        }
        TABLE.put("auditTrail", "--/-- --/-- yy/-- yy/yy yy/-- --/--");
        TABLE.put("lifecycleRuns", "--/-- --/-- --/-- yy/yy --/-- --/--");
        // match reviews and merges: the authority is the team's queue
        TABLE.put("reviewQueues", "yy/yy yy/yy yy/yy yy/yy yy/yy yy/yy");
        for (String method : List.of("pendingReviews", "compareReview", "decideReview", "mergeChildren", "unmergeChild")) {
            TABLE.put(method, "--/-- --/-- yy/-- yy/yy --/-- --/--");
        }
        // feeds: "own" is the account's own organisation as source system, "other" another source
        for (String method : List.of("submitBatch", "batchStatus", "sourceRecord")) {
            TABLE.put(method, "--/-- --/-- --/-- --/-- --/-- yy/--");
        }
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

    @EJB
    ChildSearch search;

    @EJB
    org.contactpoint.lifecycle.api.RecordLifecycle lifecycle;

    @EJB
    ChildRecords records;

    @EJB
    Involvements involvements;

    @EJB
    ShieldingRequests shielding;

    @EJB
    ShieldingDecisions decisions;

    @EJB
    ConsentRegister consents;

    @Inject
    PortalFixtures fixtures;

    @EJB
    org.contactpoint.feed.api.FeedBatches feeds;

    @EJB
    org.contactpoint.account.api.PartnerSystems partnerSystems;

    @EJB
    org.contactpoint.audit.api.AuditTrail auditTrail;

    @EJB
    org.contactpoint.matching.api.MatchReviews matchReviews;

    /** A child in each authority, by authority code. Calls about them fail after the permission check, changing nothing. */
    private final Map<String, String> childIn = new LinkedHashMap<>();

    private static final InvolvementForm NO_SERVICE = new InvolvementForm(null, null, null, null, null, null, false, false,
            null, null, null, false);

    private Callable<Object> call(String method, String authority) {
        String nobody = "nobody.at.all";
        String child = childIn.get(authority);
        return switch (method) {
            case "search" -> () -> search.find(new SearchCriteria(null, null, null, null, null, null, null, null, null, null, null, null));
            case "openRecord" -> () -> records.open(child, null, null);
            case "recordInvolvement" -> () -> involvements.record(child, NO_SERVICE);
            case "updateInvolvement" -> () -> { involvements.update(child, -1, 0, NO_SERVICE); return null; };
            case "endInvolvement" -> () -> { involvements.end(child, -1, LocalDate.now()); return null; };
            case "requestShielding" -> () -> { shielding.request(child, null, "x", false); return null; };
            case "decidedAuthorities" -> decisions::decidedAuthorities;
            case "openRequests" -> () -> decisions.open(authority);
            case "overdueReviews" -> () -> decisions.overdueReviews(authority);
            case "approve" -> () -> { decisions.approve(authority, -1, null); return null; };
            case "reject" -> () -> { decisions.reject(authority, -1, "x"); return null; };
            case "askForMore" -> () -> { decisions.askForMoreInformation(authority, -1, "x"); return null; };
            case "unshield" -> () -> { decisions.unshield(authority, -1, "x"); return null; };
            case "consentAuthorities" -> consents::managedAuthorities;
            case "consentsOfChild" -> () -> consents.ofChild(authority, child);
            case "withdrawConsent" -> () -> { consents.withdraw(authority, child, -1); return null; };
            case "careLeaverConsent" -> () -> { consents.recordCareLeaverConsent(authority, child, null); return null; };
            case "submitBatch" -> () -> feeds.submit(source(authority), new java.io.ByteArrayInputStream(new byte[0]));
            case "batchStatus" -> () -> feeds.status(source(authority), -1, 1);
            case "sourceRecord" -> () -> feeds.sourceRecord(source(authority), "none");
            case "auditAuthorities" -> auditTrail::readableAuthorities;
            case "auditTrail" -> () -> auditTrail.find(authority, org.contactpoint.audit.api.AuditQuery.ofChild(child), null);
            case "lifecycleRuns" -> () -> lifecycle.recentRuns(1);
            case "reviewQueues" -> matchReviews::reviewedAuthorities;
            case "pendingReviews" -> () -> matchReviews.pending(authority, 0, 200);
            case "compareReview" -> () -> matchReviews.compare(authority, -1);
            case "decideReview" -> () -> { matchReviews.decide(authority, -1, false); return null; };
            case "mergeChildren" -> () -> { matchReviews.merge(authority, child, "0000000000"); return null; };
            case "unmergeChild" -> () -> { matchReviews.unmerge(authority, child); return null; };
            case "partnerSystems" -> () -> partnerSystems.inAuthority(authority);
            case "registerPartnerSystem" -> () -> partnerSystems.register(authority, new org.contactpoint.account.api.NewPartnerSystem(
                    "mx.sys" + System.nanoTime() % 1_000_000_000, "Matrix System", "MX-SYS", 10));
            case "issueApiKey" -> () -> partnerSystems.issueKey(authority, nobody);
            case "revokeApiKey" -> () -> { partnerSystems.revokeKey(authority, nobody, "none"); return null; };
            case "registerCertificate" -> () -> partnerSystems.registerCertificate(authority, nobody, "none");
            case "revokeCertificate" -> () -> { partnerSystems.revokeCertificate(authority, nobody, "none"); return null; };
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

    /** Every matrix account belongs to organisation ORG, which as a partner system is its source system. */
    private static String source(String authority) {
        return authority.equals(OWN) ? "ORG" : "NHS-PDS";
    }

    @Test
    void everyRoleMethodAndAuthorityMatchesTheTable() throws Exception {
        store.inTransaction(em -> {
            for (String authority : List.of(OWN, OTHER)) {
                childIn.put(authority, fixtures.childIn(authority, "Olivia", PortalFixtures.uniqueFamilyName(),
                        LocalDate.now().minusYears(8)).cpId().value());
            }
            return null;
        });
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
