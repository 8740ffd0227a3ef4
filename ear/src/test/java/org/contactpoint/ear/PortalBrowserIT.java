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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practitioner's journey in a real browser: sign in → search with a misspelt family name → choose a reason →
 * view the record → add an involvement → request shielding → the record now shows four fields, and nothing that
 * could locate the child is left in the page. Screenshots go to target/screenshots (copied to docs/screenshots).
 */
@Tag("ui")
class PortalBrowserIT {

    private static final Pattern CHILD = Pattern.compile("\"givenNames\":\"([^\"]+)\",\"familyName\":\"([^\"]+)\",\"dateOfBirth\":\"([^\"]+)\""
            + ".*?\"line1\":\"([^\"]+)\".*?\"town\":\"([^\"]+)\".*?\"parentsCarers\":\\[\\{\"name\":\"([^\"]+)\"");

    /** Postcode districts of Nottinghamshire (E10000024), whose team is the demo login team.notts. */
    private static final Pattern NOTTINGHAMSHIRE = Pattern.compile("\"postcode\":\"(NG(2|4|9|1[02-9]|2[0-5])|S8[01]|DN22) ");

    private WebDriver driver;

    @BeforeAll
    static void ready() throws Exception {
        assertThat(Browser.installed()).as("Debian chromium and chromium-driver (apt-get install -y chromium chromium-driver)").isTrue();
        EarSmokeIT.waitForReadiness();
    }

    @BeforeEach
    void browser() throws Exception {
        driver = Browser.start();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1700)); // whole pages in the screenshots
    }

    @AfterEach
    void close() {
        driver.quit();
    }

    /** A demo child from the health feed the test domain loaded, with an address and a parent. */
    private static Matcher demoChild() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("target/it-data/demo/NHS-PDS.jsonl"));
        for (String line : lines) {
            Matcher m = CHILD.matcher(line);
            if (m.find() && m.group(2).length() > 3 && NOTTINGHAMSHIRE.matcher(line).find()) {
                return m;
            }
        }
        throw new AssertionError("no Nottinghamshire demo child with an address and a parent in NHS-PDS.jsonl");
    }

    private static String misspell(String family) {
        char last = family.charAt(family.length() - 1);
        return family.substring(0, family.length() - 1) + (last == 'e' ? 'a' : 'e');
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void practitionerFindsAMisspeltChildRecordsInvolvementAndRequestsShielding() throws Exception {
        try {
            journey();
        } catch (Throwable failure) {
            screenshot("failure");
            Files.writeString(Path.of("target/screenshots/failure.html"), driver.getPageSource());
            throw failure;
        }
    }

    private void journey() throws Exception {
        Matcher child = demoChild();
        String given = child.group(1);
        String family = child.group(2);
        LocalDate dob = LocalDate.parse(child.group(3));
        signIn(driver, "practitioner.notts");

        SearchPage search = new SearchPage(driver, Portal.BASE);
        search.search(misspell(family), given, dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(search.results()).anySatisfy(row -> assertThat(row).contains(given, family));
        assertThat(driver.findElement(By.id("familyName")).getAttribute("autocomplete")).isEqualTo("off");
        screenshot("search");
        search.open(given + " " + family);

        ChildRecordPage record = new ChildRecordPage(driver);
        assertThat(driver.getPageSource()).doesNotContain(child.group(4), child.group(6));
        record.giveReason("Providing a service to the child");
        assertThat(record.heading()).isEqualTo(given + " " + family);
        assertThat(driver.getPageSource()).contains(child.group(4), child.group(6));

        record.addInvolvement("Youth offending", "Notts Youth Offending Team", "Sam Browser", "0115 900 4444");
        assertThat(record.services()).contains("Sam Browser", "0115 900 4444");
        screenshot("record-full");

        // A mental-health practitioner records their service, with consent; the practitioner then sees it masked.
        WebDriver camhs = Browser.start(); // a 1280 × 1000 window: the dialog must fit it (it scrolls inside)
        try {
            signIn(camhs, "camhs.notts");
            SearchPage clinicianSearch = new SearchPage(camhs, Portal.BASE);
            clinicianSearch.search(family, given, dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            clinicianSearch.open(given + " " + family);
            ChildRecordPage clinicianView = new ChildRecordPage(camhs);
            clinicianView.giveReason("Providing a service to the child");
            clinicianView.addSensitiveInvolvement("Mental health (sensitive: consent needed)", "Notts CAMHS Clinic", "Cam Clinician",
                    "0115 900 7777", "The young person", given, LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(clinicianView.services()).contains("Notts CAMHS Clinic", "Cam Clinician");
        } finally {
            camhs.quit();
        }
        search = new SearchPage(driver, Portal.BASE);
        search.search(family, given, dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        search.open(given + " " + family);
        record = new ChildRecordPage(driver);
        record.giveReason("Providing a service to the child");
        assertThat(record.services()).contains("Unspecified service — contact via the ContactPoint team", "Sam Browser")
                .doesNotContain("CAMHS", "Cam Clinician", "7777", "Mental health");
        assertThat(driver.getPageSource()).doesNotContain("Notts CAMHS Clinic", "Cam Clinician", "0115 900 7777");
        screenshot("record-masked");

        record.openShieldingDialog();
        record.sendShieldingRequest("The family objects to ContactPoint in principle", "They do not want to be on it");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("shieldingForm"), "simply objects to ContactPoint in principle"));
        record.sendShieldingRequest("Not shielding would put a child or adult at increased risk of significant harm",
                "Family fled domestic abuse");
        record.waitUntilShielded();
        screenshot("record-shielded");
        String html = driver.getPageSource();
        assertThat(html).contains(given, family, "This record is shielded");
        assertThat(html).doesNotContain(child.group(4), child.group(5), child.group(6), "Sam Browser", "0115 900 4444",
                "Notts Youth Offending Team", "domestic abuse");

        String cpId = driver.findElement(By.id("cpId")).getText().replace(" ", "");
        assertThat(cpId).matches("\\d{10}");
        assertThat(driver.getCurrentUrl()).as("a refresh reopens the same child").contains("id=" + cpId);
        List<String> locating = List.of(child.group(4), child.group(6), "Sam Browser", "0115 900 4444", "Notts Youth Offending Team",
                "domestic abuse", "Notts CAMHS Clinic", "Cam Clinician");
        shieldedChildLeaksNowhere(cpId, given, family, dob, child.group(5), locating);

        // The team rejects the request in the console: the practitioner sees the whole record again at once.
        WebDriver team = Browser.start();
        try {
            signIn(team, "team.notts");
            team.get(Portal.BASE + "/console/shielding.xhtml");
            WebDriverWait wait = new WebDriverWait(team, Duration.ofSeconds(15));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open"), given + " " + family));
            assertThat(team.findElement(By.id("open")).getText()).contains("Family fled domestic abuse", "practitioner.notts");
            team.findElement(By.id("reason")).sendKeys("No risk found after checks with social care");
            // the child's own row ("NAME (ID)"): a brother's or sister's request, made with it, names the ID in its justification
            String row = "(" + cpId + ")";
            team.findElements(By.cssSelector("#open tbody tr")).stream().filter(r -> r.getText().contains(row)).findFirst()
                    .orElseThrow().findElement(By.cssSelector("button.cp-reject")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("open"), row)));

            // ... and withdraws the young person's consent to the mental-health service in the consent register
            team.get(Portal.BASE + "/console/consent.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactPointId"))).sendKeys(cpId);
            team.findElement(By.id("show")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consents"), "mental-health"));
            team.findElement(By.xpath("//table//button[normalize-space()='Withdraw']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consents"), "Withdrawn by team.notts"));
        } finally {
            team.quit();
        }
        search = new SearchPage(driver, Portal.BASE);
        search.search(family, given, dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(search.results()).filteredOn(row -> row.contains(cpId.substring(6))).singleElement()
                .satisfies(row -> assertThat(row).doesNotContain("Shielded"));
        search.open(cpId.substring(6));
        record = new ChildRecordPage(driver);
        record.giveReason("Providing a service to the child");
        assertThat(driver.getPageSource()).contains(child.group(4)).doesNotContain("Unspecified service");
    }

    private static void signIn(WebDriver browser, String username) throws Exception {
        SignInPage.signInDemo(browser, Portal.BASE,
                DemoAccounts.ALL.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow());
    }

    /**
     * The leak test: a shielded child with a full record (address, parent, services) — nothing that could locate them
     * in the search results, the record page, an AJAX partial response, an error page or the server's log.
     */
    private void shieldedChildLeaksNowhere(String cpId, String given, String family, LocalDate dob, String town,
                                           List<String> locating) throws Exception {
        Portal http = new Portal();
        http.adoptSession(driver.manage().getCookieNamed("JSESSIONID").getValue());

        SearchPage search = new SearchPage(driver, Portal.BASE);
        search.search(family, given, dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(search.results()).filteredOn(row -> row.contains(cpId.substring(6))).singleElement()
                .satisfies(row -> assertThat(row).contains("Shielded").doesNotContain(town));
        assertThat(driver.getPageSource()).doesNotContain(locating);

        var reasonPage = http.get("/portal/child.xhtml?id=" + cpId);
        assertThat(reasonPage.statusCode()).isEqualTo(200);
        assertThat(reasonPage.body()).as("the adopted session is signed in").contains("Why are you opening this record?");
        assertThat(reasonPage.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(reasonPage.headers().allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
        var recordPage = http.submit("/portal/child.xhtml?id=" + cpId, reasonPage.body(), "reasonForm", "openRecord",
                java.util.Map.of("reason", "SAFEGUARDING_CONCERN", "reasonDetail", ""), null);
        assertThat(recordPage.statusCode()).as(recordPage.headers().map().toString()).isEqualTo(200);
        assertThat(recordPage.body()).contains("This record is shielded", family).doesNotContain(locating).doesNotContain(town);

        var partial = http.submit("/portal/child.xhtml?id=" + cpId, recordPage.body(), "shieldingForm", "sendShielding",
                java.util.Map.of("justification", ""), "shieldingForm recordArea");
        assertThat(partial.body()).contains("partial-response").contains("shielded").doesNotContain(locating).doesNotContain(town);
        var involvementPartial = http.submit("/portal/child.xhtml?id=" + cpId, recordPage.body(), "involvementForm", "saveInvolvement",
                java.util.Map.of("serviceName", "x"), "involvementForm recordArea");
        assertThat(involvementPartial.body()).contains("partial-response").doesNotContain(locating).doesNotContain(town);

        String staleView = reasonPage.body().replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+", "$1-1:-2");
        var expired = http.submit("/portal/child.xhtml?id=" + cpId, staleView, "reasonForm", "openRecord",
                java.util.Map.of("reason", "ASSESSMENT"), null);
        assertThat(expired.body()).doesNotContain(locating).doesNotContain(town).doesNotContain("Exception");
        var badId = http.get("/portal/child.xhtml?id=" + cpId.substring(0, 9) + "x");
        assertThat(badId.body()).doesNotContain(locating);

        for (Path log : serverLogs()) {
            assertThat(Files.readString(log)).as(log.toString()).doesNotContain(locating);
        }
    }

    private static List<Path> serverLogs() throws IOException {
        try (var files = Files.walk(Path.of("target/it-domains"))) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList();
            assertThat(logs).as("the test domain's server.log").isNotEmpty();
            return logs;
        }
    }
}
