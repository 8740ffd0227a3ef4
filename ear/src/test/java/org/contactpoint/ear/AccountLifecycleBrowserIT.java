package org.contactpoint.ear;

import org.contactpoint.ear.pages.Browser;
import org.contactpoint.ear.pages.ConsoleAccountsPage;
import org.contactpoint.ear.pages.EnrolPage;
import org.contactpoint.ear.pages.SignInPage;
import org.contactpoint.security.demo.DemoAccounts;
import org.contactpoint.security.token.Base32;
import org.contactpoint.security.token.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the team signs in with a generated TOTP code and creates an account; the new user enrols
 * with the activation code and the token shown; their first sign-in is refused naming the lapsed prerequisites;
 * once the team records their checks, they sign in.
 */
@Tag("ui")
class AccountLifecycleBrowserIT {

    private WebDriver team;
    private WebDriver user;

    @BeforeAll
    static void ready() throws Exception {
        assertThat(Browser.installed()).as("Debian chromium and chromium-driver (apt-get install -y chromium chromium-driver)").isTrue();
        EarSmokeIT.waitForReadiness();
    }

    @BeforeEach
    void browsers() throws Exception {
        team = Browser.start();
        user = Browser.start();
    }

    @AfterEach
    void close() {
        team.quit();
        user.quit();
    }

    private static String code(byte[] secret) {
        return new Totp().code(secret, Instant.now());
    }

    /** The same code may not be used twice: wait for the next 30-second step (bounded) before signing in again. */
    private static String freshCode(byte[] secret, String used) throws InterruptedException {
        for (int i = 0; i < 70; i++) {
            String now = code(secret);
            if (!now.equals(used)) {
                return now;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("token code did not change within 35 s");
    }

    @Test
    void teamCreatesUserWhoEnrolsAndSignsInOnceChecksAreRecorded() throws Exception {
        DemoAccounts.DemoAccount lead = DemoAccounts.ALL.stream().filter(a -> a.username().equals("team.notts")).findFirst().orElseThrow();
        SignInPage.signInDemo(team, Portal.BASE, lead);

        String username = "new.user" + (System.nanoTime() % 100_000);
        ConsoleAccountsPage console = new ConsoleAccountsPage(team, Portal.BASE);
        String activation = console.createPractitioner(username, "Nadia User");
        assertThat(activation).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");

        EnrolPage enrol = new EnrolPage(user, Portal.BASE);
        byte[] secret = Base32.decode(enrol.begin(username, activation));
        String first = code(secret);
        enrol.complete("amber lantern quietly 7", "802145", first);
        assertThat(user.findElement(By.cssSelector("p.cp-note")).getText()).contains("Your account is active");

        String second = freshCode(secret, first);
        new SignInPage(user, Portal.BASE).signIn(username, "amber lantern quietly 7", "802145", second);
        assertThat(SignInPage.failure(user)).contains("ContactPoint training").contains("enhanced criminal-record check");

        console.recordChecks(username);
        String third = freshCode(secret, second);
        new SignInPage(user, Portal.BASE).signIn(username, "amber lantern quietly 7", "802145", third);
        new WebDriverWait(user, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Welcome, " + username));
        assertThat(user.getCurrentUrl()).contains("/portal/home.xhtml");
    }
}
