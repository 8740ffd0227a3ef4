package org.contactpoint.ear;

import org.contactpoint.ear.pages.Browser;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor finds who has looked at a child: a partner system opens a Nottinghamshire child's record over REST
 * with a reason, and the authority's auditor sees that view, with its reason, in the console's audit trail.
 */
@Tag("ui")
class AuditTrailBrowserIT {

    private static final Pattern NOTTS_CHILD = Pattern.compile("\"NHS\":\"(\\d{10})\".*\"postcode\":\"(NG(2|4|9|1[02-9]|2[0-5])|S8[01]|DN22) ");
    private static final Pattern CP_ID = Pattern.compile("\"contactPointId\":\"(\\d{10})\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private WebDriver driver;

    @BeforeAll
    static void ready() throws Exception {
        assertThat(Browser.installed()).as("Debian chromium and chromium-driver (apt-get install -y chromium chromium-driver)").isTrue();
        EarSmokeIT.waitForReadiness();
    }

    @BeforeEach
    void browser() throws Exception {
        driver = Browser.start();
    }

    @AfterEach
    void close() {
        driver.quit();
    }

    @Test
    void theAuditorSeesWhoViewedTheChildAndWhy() throws Exception {
        String nhs = Files.readAllLines(Path.of("target/it-data/demo/NHS-PDS.jsonl")).stream()
                .map(NOTTS_CHILD::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        String key = DemoAccounts.PARTNER_SYSTEMS.stream().filter(p -> p.username().equals("system.la-csc")).findFirst()
                .orElseThrow().apiKey().presented();
        Matcher found = CP_ID.matcher(get("/api/v1/children?nhsNumber=" + nhs, key));
        assertThat(found.find()).as("the demo child is found by NHS number").isTrue();
        String cpId = found.group(1);
        get("/api/v1/children/" + cpId + "?reason=checking-before-referral", key);

        SignInPage.signInDemo(driver, Portal.BASE, DemoAccounts.ALL.stream()
                .filter(a -> a.username().equals("auditor.notts")).findFirst().orElseThrow());
        driver.get(Portal.BASE + "/console/audit.xhtml");
        driver.findElement(By.id("contactPointId")).sendKeys(cpId);
        driver.findElement(By.id("search")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events"), "system.la-csc"));

        String table = driver.findElement(By.id("events")).getText();
        assertThat(table).contains("child.view", "CHECKING_BEFORE_REFERRAL", "REST");
    }

    private static String get(String path, String key) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE + path))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
