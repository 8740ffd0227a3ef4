package org.contactpoint.ear;

import org.contactpoint.security.demo.DemoAccounts;
import org.contactpoint.security.token.Totp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four-factor sign-in through the real page of the deployed EAR, with the demo accounts the test domain's demo
 * data creates. Each test uses its own account so lockouts and used codes do not interfere.
 */
class SignInIT {

    private static final String GENERIC = "Sign-in failed. Check your details and try again.";

    @BeforeAll
    static void ready() throws Exception {
        EarSmokeIT.waitForReadiness();
    }

    private static DemoAccounts.DemoAccount account(String username) {
        return DemoAccounts.ALL.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private static String code(DemoAccounts.DemoAccount a) {
        return new Totp().code(a.tokenSecret(), Instant.now());
    }

    @Test
    void allFourFactorsSignInWithANewSessionIdAndSignOutEndsTheSession() throws Exception {
        DemoAccounts.DemoAccount a = account("practitioner.notts");
        Portal portal = new Portal();
        portal.get("/login.xhtml");
        String before = portal.sessionId();
        HttpResponse<String> response = portal.signIn(a.username(), DemoAccounts.PASSWORD, DemoAccounts.PIN, code(a));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/home.xhtml"));
        assertThat(portal.sessionId()).isNotNull().isNotEqualTo(before);
        HttpResponse<String> home = portal.get("/portal/home.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome, practitioner.notts");
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> signedOut = portal.signOut(home);
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(portal.get("/portal/home.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void protectedPagesRedirectToSignIn() throws Exception {
        HttpResponse<String> response = new Portal().get("/portal/home.xhtml");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
    }

    @Test
    void eachWrongFactorGetsTheSameMessage() throws Exception {
        DemoAccounts.DemoAccount a = account("team.nottingham");
        String[][] attempts = {
                {"nobody.at.all", DemoAccounts.PASSWORD, DemoAccounts.PIN, code(a)},
                {a.username(), "wrong password entirely", DemoAccounts.PIN, code(a)},
                {a.username(), DemoAccounts.PASSWORD, "999999", code(a)},
                {a.username(), DemoAccounts.PASSWORD, DemoAccounts.PIN, "000000"}};
        for (String[] attempt : attempts) {
            HttpResponse<String> response = new Portal().refusedSignIn(attempt[0], attempt[1], attempt[2], attempt[3]);
            assertThat(response.body()).contains(GENERIC).doesNotContain("Welcome").doesNotContainIgnoringCase("wrong pin")
                    .doesNotContainIgnoringCase("wrong password").doesNotContainIgnoringCase("unknown user");
        }
    }

    @Test
    void aTokenCodeCannotBeUsedTwice() throws Exception {
        DemoAccounts.DemoAccount a = account("auditor.notts");
        String code = code(a);
        assertThat(new Portal().signIn(a.username(), DemoAccounts.PASSWORD, DemoAccounts.PIN, code).statusCode()).isEqualTo(302);
        HttpResponse<String> replay = new Portal().refusedSignIn(a.username(), DemoAccounts.PASSWORD, DemoAccounts.PIN, code);
        assertThat(replay.body()).contains(GENERIC);
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightFactors() throws Exception {
        DemoAccounts.DemoAccount a = account("camhs.notts");
        for (int i = 0; i < 5; i++) {
            new Portal().signIn(a.username(), DemoAccounts.PASSWORD, "111111", code(a));
        }
        HttpResponse<String> right = new Portal().refusedSignIn(a.username(), DemoAccounts.PASSWORD, DemoAccounts.PIN, code(a));
        assertThat(right.body()).contains(GENERIC);
    }
}
