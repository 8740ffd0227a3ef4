package org.contactpoint.ear;

import jakarta.json.JsonObject;

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
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

    private static final HttpClient HTTP = HttpClient.newHttpClient();
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

    /**
     * A child of its own for this test, sent by the demo local partner system through the real feed path (REST batch):
     * the test domain's demo data holds too few Nottinghamshire children to give each browser test one.
     */
    private static String[] fedChild() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        String given = "Marisol";
        String family = "Quenby" + run.substring(0, Math.min(4, run.length()));
        String line = "{\"sourceSystem\":\"LA-CSC\",\"sourceRecordId\":\"BRW-" + run + "\",\"recordVersion\":1,"
                + "\"identifiers\":{\"LA_REFERENCE\":\"BRW-" + run + "\"},\"givenNames\":\"" + given + "\",\"familyName\":\""
                + family + "\",\"dateOfBirth\":\"2016-04-12\",\"gender\":\"female\",\"address\":{\"line1\":\"7 " + family + " Close\","
                + "\"line2\":null,\"town\":\"Mansfield\",\"postcode\":\"NG18 1AA\"},\"parentsCarers\":[{\"name\":\"Petra "
                + family + "\",\"relationship\":\"mother\",\"parentalResponsibility\":true,\"phone\":\"07700 900321\","
                + "\"address\":null}],\"involvements\":[]}\n";
        String key = DemoAccounts.PARTNER_SYSTEMS.stream().filter(p -> p.username().equals("system.la-csc")).findFirst()
                .orElseThrow().apiKey().presented();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE + "/api/v1/feeds/LA-CSC/batches"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String status = accepted.headers().firstValue("Location").orElseThrow();
        new FluentWait<>(status).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200)).until(location -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : Portal.BASE + location))
                        .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains("\"DONE\"");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return new String[]{given, family, "2016-04-12", "7 " + family + " Close", "Mansfield", "Petra " + family};
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
        String[] child = fedChild();
        String given = child[0];
        String family = child[1];
        LocalDate dob = LocalDate.parse(child[2]);
        List<String> locating = List.of(child[3], child[5], "07700 900321");

        signIn(practitioner, "practitioner.notts");
        ChildRecordPage record = open(practitioner, given, family, dob);
        assertThat(practitioner.getPageSource()).contains(child[3]);
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
            assertThat(team.findElement(By.id("childrenCountedAt")).getText()).containsPattern("as counted at \\d\\d:\\d\\d on ");
            assertThat(team.getPageSource()).doesNotContain(locating.toArray(String[]::new));

            // A school's record of what may be the same child (day of birth one off, another address) waits for review
            // against the shielded child, shielded itself: neither the comparison nor what each source said locates either.
            JsonObject incoming = MatchReviewBrowserIT.feed("DFE-SCHOOLS", ("{\"sourceSystem\":\"DFE-SCHOOLS\",\"sourceRecordId\":"
                    + "\"BRW-%s\",\"recordVersion\":1,\"givenNames\":\"%s\",\"familyName\":\"%s\",\"dateOfBirth\":"
                    + "\"2016-04-13\",\"gender\":\"female\",\"address\":{\"line1\":\"12 Hidden Row\",\"line2\":null,"
                    + "\"town\":\"Worksop\",\"postcode\":\"S80 1AB\"}}").formatted(family, given, family));
            assertThat(incoming.getString("outcome")).isEqualTo("REVIEW");
            String incomingId = incoming.getString("contactPointId");
            team.get(Portal.BASE + "/console/reviews.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending"), incomingId));
            team.findElements(By.cssSelector("#pending tbody tr")).stream().filter(r -> r.getText().contains(incomingId))
                    .findFirst().orElseThrow().findElement(By.cssSelector("button.compare")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("heldSources"), "LA-CSC"));
            assertThat(team.findElement(By.id("incomingSources")).getText()).contains("DFE-SCHOOLS", "withheld");
            assertThat(team.getPageSource()).contains("withheld").doesNotContain(locating.toArray(String[]::new))
                    .doesNotContain("NG18", "S80", "12 Hidden Row", "Worksop", "Mansfield");
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
