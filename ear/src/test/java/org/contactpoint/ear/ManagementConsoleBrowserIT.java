package org.contactpoint.ear;

import org.contactpoint.ear.pages.Browser;
import org.contactpoint.ear.pages.ChildRecordPage;
import org.contactpoint.ear.pages.SearchPage;
import org.contactpoint.ear.pages.SignInPage;
import org.contactpoint.security.demo.DemoAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management console in a real browser: the team approves a practitioner's shielding request and the
 * practitioner sees only the four fields; the practitioner's later view of the shielded record becomes a misuse
 * alert the team acknowledges (raised by the server's own audit follower); the dashboard and its chart; a national
 * administrator's dry lifecycle run and audit-chain verification, each followed to the end. No page of the console
 * shows anything that locates the shielded child.
 */
@Tag("ui")
class ManagementConsoleBrowserIT {

    private static final Pattern CHILD = Pattern.compile("\"givenNames\":\"([^\"]+)\",\"familyName\":\"([^\"]+)\",\"dateOfBirth\":\"([^\"]+)\""
            + ".*?\"line1\":\"([^\"]+)\".*?\"town\":\"([^\"]+)\".*?\"parentsCarers\":\\[\\{\"name\":\"([^\"]+)\"");
    private static final Pattern NOTTINGHAMSHIRE = Pattern.compile("\"postcode\":\"(NG(2|4|9|1[02-9]|2[0-5])|S8[01]|DN22) ");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WebDriver practitioner;

    @BeforeAll
    static void ready() throws Exception {
        assertThat(Browser.installed()).as("Debian chromium and chromium-driver (apt-get install -y chromium chromium-driver)").isTrue();
        EarSmokeIT.waitForReadiness();
    }

    @BeforeEach
    void browser() throws Exception {
        practitioner = Browser.start();
    }

    @AfterEach
    void close() {
        practitioner.quit();
    }

    /** The fourth Nottinghamshire child of the health feed (the portal journey and audit test use the first). */
    private static Matcher demoChild() throws Exception {
        int seen = 0;
        for (String line : Files.readAllLines(Path.of("target/it-data/demo/NHS-PDS.jsonl"))) {
            Matcher m = CHILD.matcher(line);
            if (m.find() && m.group(2).length() > 3 && NOTTINGHAMSHIRE.matcher(line).find() && ++seen == 4) {
                return m;
            }
        }
        throw new AssertionError("fewer than four Nottinghamshire demo children with an address and a parent");
    }

    private static void signIn(WebDriver browser, String username) throws Exception {
        SignInPage.signInDemo(browser, Portal.BASE,
                DemoAccounts.ALL.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow());
    }

    private static ChildRecordPage open(WebDriver browser, String given, String family, LocalDate dob) {
        SearchPage search = new SearchPage(browser, Portal.BASE);
        search.search(family, given, dob.format(UK));
        search.open(given + " " + family);
        ChildRecordPage record = new ChildRecordPage(browser);
        record.giveReason("Providing a service to the child");
        return record;
    }

    @Test
    void theTeamApprovesTheRequestThenHandlesTheAlertAndNoConsolePageLocatesTheChild() throws Exception {
        Matcher child = demoChild();
        String given = child.group(1);
        String family = child.group(2);
        LocalDate dob = LocalDate.parse(child.group(3));
        List<String> locating = List.of(child.group(4), child.group(6));

        signIn(practitioner, "practitioner.notts");
        ChildRecordPage record = open(practitioner, given, family, dob);
        assertThat(practitioner.getPageSource()).contains(child.group(4));
        record.openShieldingDialog();
        record.sendShieldingRequest("Not shielding would put a child or adult at increased risk of significant harm",
                "Approval journey: family in a refuge");
        record.waitUntilShielded();
        String cpId = practitioner.findElement(By.id("cpId")).getText().replace(" ", "");

        WebDriver team = Browser.start();
        try {
            signIn(team, "team.notts");
            WebDriverWait wait = new WebDriverWait(team, Duration.ofSeconds(60));
            team.get(Portal.BASE + "/console/shielding.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open"), cpId));
            team.findElements(By.cssSelector("#open tbody tr")).stream().filter(r -> r.getText().contains(cpId)).findFirst()
                    .orElseThrow().findElement(By.cssSelector("button.cp-approve")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("open"), cpId)));

            // The practitioner opens the record again: the approved shield shows four fields, and the view is audited.
            open(practitioner, given, family, dob);
            new ChildRecordPage(practitioner).waitUntilShielded();
            assertThat(practitioner.getPageSource()).contains(given, family, "This record is shielded")
                    .doesNotContain(locating.toArray(String[]::new));

            // That view of a shielded record reaches the team's alert queue through the audit follower (every 20 s).
            team.get(Portal.BASE + "/console/alerts.xhtml");
            wait.until(driver -> {
                if (driver.findElement(By.id("open")).getText().contains("Viewed shielded record " + cpId)) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            assertThat(team.getPageSource()).doesNotContain(locating.toArray(String[]::new));
            team.findElements(By.cssSelector("#open tbody tr")).stream()
                    .filter(r -> r.getText().contains("Viewed shielded record " + cpId) && r.getText().contains("practitioner.notts"))
                    .findFirst().orElseThrow().findElement(By.xpath(".//button[normalize-space()='Handle']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note"))).sendKeys("Requested the shield herself: expected.");
            team.findElement(By.id("acknowledge")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("handled"), "Requested the shield herself"));

            team.get(Portal.BASE + "/console/dashboard.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("figures"), "E10000024"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activityChart canvas")));
            assertThat(team.getPageSource()).doesNotContain(locating.toArray(String[]::new));
        } finally {
            team.quit();
        }
    }

    @Test
    void aNationalAdministratorRunsADryLifecycleRunAndVerifiesTheAuditChain() throws Exception {
        signIn(practitioner, "national.admin");
        WebDriverWait wait = new WebDriverWait(practitioner, Duration.ofSeconds(60));

        practitioner.get(Portal.BASE + "/console/lifecycle.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs"), "(dry)"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs"), "COMPLETED"));

        practitioner.get(Portal.BASE + "/console/audit.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("startVerify"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verifyOutcome"), "INTACT"));
        assertThat(practitioner.findElement(By.id("verifyOutcome")).getText()).contains("events checked", "national.admin");
    }
}
