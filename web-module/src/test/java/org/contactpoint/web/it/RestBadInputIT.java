package org.contactpoint.web.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.it.PortalFixtures;
import org.contactpoint.it.TestStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * The REST bad-input suite: each bad request gets the right status and a problem+json naming the field, never a
 * stack trace or a shielded child's whereabouts, and the business tables are exactly as before.
 */
@ExtendWith(ArquillianExtension.class)
class RestBadInputIT {

    private static final LocalDate DOB = LocalDate.now().minusYears(6).withMonth(9).withDayOfMonth(2);

    @Deployment
    static WebArchive deployment() {
        return ApiDeployment.create();
    }

    @ArquillianResource
    URL base;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    private Http api;
    private String shieldedId;
    private String involvements;

    /** A bad request and what it must get back. */
    record Case(String name, String method, String path, String contentType, String body, int status, String field) {
    }

    @BeforeEach
    void partnerAndChild() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        api = new Http(base.toString() + "api/v1", store.inTransaction(em -> fixtures.partnerSystem("sys.bad." + run,
                "BAD-" + run.toUpperCase(), NOTTS, false, 1000)));
        shieldedId = store.inTransaction(em -> fixtures.child("Olivia", PortalFixtures.uniqueFamilyName(), DOB, true, false))
                .cpId().value();
        involvements = "/children/" + shieldedId + "/involvements";
    }

    @Test
    void everyBadRequestIsRefusedNamingItsFieldAndChangesNothing() {
        String good = RestApiIT.involvement("youth-offending", "2024-01-10", null);
        String big = "{\"serviceType\":\"youth-offending\",\"serviceName\":\"" + "x".repeat(300 * 1024) + "\"}";
        List<Case> cases = List.of(
                new Case("malformed JSON", "POST", involvements, "application/json", "{\"serviceType\": ", 400, "body"),
                new Case("not an object", "POST", involvements, "application/json", "[1,2]", 400, "body"),
                new Case("empty body", "POST", involvements, "application/json", "", 400, "body"),
                new Case("unknown field", "POST", involvements, "application/json",
                        good.replace("\"leadProfessional\"", "\"leadProffesional\""), 400, "leadProffesional"),
                new Case("wrong type", "POST", involvements, "application/json",
                        good.replace("\"leadProfessional\":false", "\"leadProfessional\":\"yes\""), 400, "leadProfessional"),
                new Case("invalid date", "POST", involvements, "application/json", good.replace("2024-01-10", "2024-02-30"), 400, "from"),
                new Case("future date", "POST", involvements, "application/json", good.replace("2024-01-10",
                        LocalDate.now().plusDays(3).toString()), 400, "from"),
                new Case("unknown service type", "POST", involvements, "application/json", good.replace("youth-offending", "astrology"), 400, "serviceType"),
                new Case("sensitive without consent", "POST", involvements, "application/json", good.replace("youth-offending", "sexual-health"), 400, "consentGivenBy"),
                new Case("script in a name", "POST", involvements, "application/json",
                        good.replace("T. Tester", "<script>alert(1)</script>"), 400, "practitionerName"),
                new Case("nested unknown field", "POST", involvements, "application/json",
                        good.replace("}", ",\"consent\":{\"givenBy\":\"parent\",\"givenByName\":\"A B\",\"givenOn\":\"2024-01-01\",\"x\":1}}"), 400, "consent.x"),
                new Case("oversize body", "POST", involvements, "application/json", big, 413, null),
                new Case("wrong media type", "POST", involvements, "text/plain", good, 415, null),
                new Case("version missing on change", "PUT", involvements + "/1", "application/json", good, 400, "version"),
                new Case("involvement id not a number", "PUT", involvements + "/abc", "application/json", good, 400, "involvementId"),
                new Case("unknown child", "POST", "/children/" + org.contactpoint.child.entity.ContactPointId.fromSerial(999_999_999L).value() + "/involvements", "application/json", good, 404, "contactPointId"),
                new Case("malformed child id", "GET", "/children/12ab?reason=assessment", null, null, 400, "contactPointId"),
                new Case("no reason", "GET", "/children/" + shieldedId, null, null, 400, "reason"),
                new Case("unknown reason", "GET", "/children/" + shieldedId + "?reason=curiosity", null, null, 400, "reason"),
                new Case("unknown criterion", "GET", "/children?surname=Smith&dateOfBirth=2015-01-01", null, null, 400, "surname"),
                new Case("invalid date criterion", "GET", "/children?familyName=Smith&dateOfBirth=07/03/2015&gender=female", null, null, 400, "dateOfBirth"),
                new Case("not enough criteria", "GET", "/children?familyName=Smith", null, null, 400, null),
                new Case("SQL in a name", "GET", "/children?familyName=Robert%27%29%3B%20DROP%20TABLE%20child%3B--&dateOfBirth=2015-01-01&gender=male", null, null, 400, "familyName"),
                new Case("unknown path", "GET", "/childs", null, null, 404, null),
                new Case("wrong method", "PATCH", "/children/" + shieldedId, "application/json", "{}", 405, null),
                new Case("another source's feed", "GET", "/feeds/NHS-PDS/records/123", null, null, 403, null));
        Map<String, Long> before = RowCounts.of(store);
        List<String> failures = new ArrayList<>();

        for (Case c : cases) {
            Http.Answer answer = api.send(c.method(), c.path(), c.contentType(), c.body());
            String problem = check(c, answer);
            if (problem != null) {
                failures.add(c.name() + ": " + problem + " — got " + answer.status() + " " + answer.body());
            }
        }

        assertThat(failures).isEmpty();
        assertThat(RowCounts.of(store)).isEqualTo(before);
    }

    @Test
    void aMissingWrongOrRevokedKeyIsRefusedTheSameWay() {
        String path = "/children/" + shieldedId + "?reason=assessment";
        List<Http.Answer> answers = List.of(api.withKey(null).get(path), api.withKey("not-a-key").get(path),
                api.withKey("cpk_aaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").get(path));
        for (Http.Answer a : answers) {
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().getString("field")).isEqualTo("Authorization");
            assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(a.header("Set-Cookie")).isNull();
        }
        assertThat(answers.get(1).body()).isEqualTo(answers.get(2).body());
    }

    @Test
    void aPartnerOverItsRateLimitIsToldWhenToRetry() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Http slow = new Http(base.toString() + "api/v1", store.inTransaction(em -> fixtures.partnerSystem("sys.slow." + run,
                "SLOW-" + run.toUpperCase(), NOTTS, false, 1)));
        List<Http.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(slow.get("/children?contactPointId=" + shieldedId));
        }
        assertThat(answers.get(0).status()).isEqualTo(200);
        Http.Answer limited = answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
        assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(limited.contentType()).startsWith("application/problem+json");
    }

    private String check(Case c, Http.Answer answer) {
        if (answer.status() != c.status()) {
            return "expected status " + c.status();
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "expected application/problem+json";
        }
        if (answer.body().contains("Exception") || answer.body().contains("at org.") || answer.body().contains("at java.")) {
            return "a stack trace or exception name was sent";
        }
        if (c.field() != null && !c.field().equals(answer.json().getString("field", null))) {
            return "expected field " + c.field();
        }
        if (answer.json().getString("detail", "").isBlank()) {
            return "no detail";
        }
        for (String locating : LOCATING) {
            if (answer.body().contains(locating)) {
                return "leaked '" + locating + "'";
            }
        }
        return null;
    }
}
