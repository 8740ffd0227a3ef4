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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ContactPoint team registers a partner system in the console, hands its key over, and the system calls the REST
 * API with it on the real EAR; once revoked, the key is refused. A reloaded page never shows the key again.
 */
@Tag("ui")
class PartnerSystemsBrowserIT {

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
    void aRegisteredSystemUsesItsKeyUntilTheTeamRevokesIt() throws Exception {
        SignInPage.signInDemo(driver, Portal.BASE, DemoAccounts.ALL.stream()
                .filter(a -> a.username().equals("team.nottingham")).findFirst().orElseThrow());
        driver.get(Portal.BASE + "/console/partners.xhtml");
        String username = "sys.city" + System.nanoTime() % 100_000;
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("name")).sendKeys("Nottingham City Case System");
        driver.findElement(By.id("sourceSystem")).sendKeys("NOTTM-CASE");
        driver.findElement(By.id("register")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        String key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apiKey"))).getText().trim();

        assertThat(key).startsWith("cpk_");
        assertThat(search(key)).isEqualTo(200);

        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("systems")));
        assertThat(driver.getPageSource()).contains(username).doesNotContain(key);
        driver.findElement(By.xpath("//tr[contains(., '" + username + "')]//button[contains(., 'Revoke')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//tr[contains(., '" + username + "')]"), "revoked"));

        assertThat(search(key)).isEqualTo(401);
    }

    private static int search(String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Portal.BASE + "/api/v1/children?contactPointId=1000000018"))
                .header("Authorization", "Bearer " + key).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
