package org.contactpoint.ear;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.contactpoint.ear.pages.Browser;
import org.contactpoint.ear.pages.SignInPage;
import org.contactpoint.security.demo.DemoAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue in a real browser: two sources send records of what may be one child (the second has the day of
 * birth one off and another address), the second is queued for Nottinghamshire's team, who compare them side by
 * side, merge them, and undo the merge.
 */
@Tag("ui")
class MatchReviewBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void ready() throws Exception {
        assertThat(Browser.installed()).as("Debian chromium and chromium-driver (apt-get install -y chromium chromium-driver)").isTrue();
        EarSmokeIT.waitForReadiness();
    }

    /** Sends one record through the REST batch path as the source's demo partner system; returns its line outcome. */
    static JsonObject feed(String source, String line) throws Exception {
        String key = DemoAccounts.PARTNER_SYSTEMS.stream().filter(p -> p.sourceSystem().equals(source)).findFirst()
                .orElseThrow().apiKey().presented();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE + "/api/v1/feeds/" + source + "/batches"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(line + "\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        URI status = URI.create(location.startsWith("http") ? location : Portal.BASE + location);
        String done = new FluentWait<>(status).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200)).until(uri -> {
            try {
                String body = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                return body.contains("\"DONE\"") ? body : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return Json.createReader(new StringReader(done)).readObject().getJsonArray("lines").getJsonObject(0);
    }

    private static String record(String source, String id, String dob, String postcode) {
        return ("{\"sourceSystem\":\"%s\",\"sourceRecordId\":\"%s\",\"recordVersion\":1,\"givenNames\":\"Philippa\","
                + "\"familyName\":\"%s\",\"dateOfBirth\":\"%s\",\"gender\":\"female\",\"address\":{\"line1\":\"3 Orchard Way\","
                + "\"line2\":null,\"town\":\"Newark\",\"postcode\":\"%s\"}}").formatted(source, id, FAMILY, dob, postcode);
    }

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "q");
    private static final String FAMILY = "Wrexley" + RUN.substring(0, Math.min(4, RUN.length()));

    @Test
    void theTeamComparesMergesAndUndoesTheMerge() throws Exception {
        JsonObject held = feed("NHS-PDS", record("NHS-PDS", "MRB-" + RUN, "2015-06-10", "NG24 1AA"));
        JsonObject incoming = feed("DFE-SCHOOLS", record("DFE-SCHOOLS", "MRB-" + RUN, "2015-06-11", "S80 1AB"));
        assertThat(held.getString("outcome")).isEqualTo("CREATED");
        assertThat(incoming.getString("outcome")).isEqualTo("REVIEW");
        String heldId = held.getString("contactPointId");
        String incomingId = incoming.getString("contactPointId");

        WebDriver team = Browser.start();
        try {
            SignInPage.signInDemo(team, Portal.BASE, DemoAccounts.ALL.stream().filter(a -> a.username().equals("team.notts"))
                    .findFirst().orElseThrow());
            WebDriverWait wait = new WebDriverWait(team, Duration.ofSeconds(60));
            team.get(Portal.BASE + "/console/reviews.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending"), incomingId));
            assertThat(team.findElement(By.id("waiting")).getText()).matches("[1-9]\\d* waiting, oldest first\\.");
            team.findElements(By.cssSelector("#pending tbody tr")).stream().filter(r -> r.getText().contains(incomingId))
                    .findFirst().orElseThrow().findElement(By.cssSelector("button.compare")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fields"), "ONE_PART_OFF"));
            String fields = team.findElement(By.id("fields")).getText();
            assertThat(fields).contains("2015-06-11", "2015-06-10", "S80 1AB", "NG24 1AA");
            // Provenance: what each record's source said.
            assertThat(team.findElement(By.id("incomingSources")).getText()).contains("DFE-SCHOOLS", "Philippa " + FAMILY, "2015-06-11");
            assertThat(team.findElement(By.id("heldSources")).getText()).contains("NHS-PDS", "2015-06-10", "NG24 1AA");

            team.findElement(By.id("samePerson")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), incomingId + " was merged into " + heldId));
            assertThat(team.findElement(By.id("pending")).getText()).doesNotContain(incomingId);

            team.findElement(By.id("mergedCpId")).sendKeys(incomingId);
            team.findElement(By.id("unmerge")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "was undone"));

            team.findElement(By.id("mergedCpId")).sendKeys("12x");
            team.findElement(By.id("unmerge")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviews"), "10-digit ContactPoint ID"));
        } finally {
            team.quit();
        }
    }
}
