package org.contactpoint.ear;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR users run, deployed on the test domain by the build: health reports the database and schema version,
 * the sign-in page renders with all four factors, Facelets sources are not served, and no page shows child data.
 */
class EarSmokeIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "28080");
    private static volatile boolean ready;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** start-domain returns before applications load: wait for readiness (bounded), as an operator would. */
    @BeforeAll
    static void waitForReadiness() throws Exception {
        if (ready) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health/ready").statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("ContactPoint did not become ready within 90 s");
    }

    @Test
    void healthIsUpWithDatabaseAndSchemaVersion() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"")
                .containsPattern("\"schemaVersion\":\"\\d+");
    }

    @Test
    void signInPageAsksForAllFourFactors() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in to ContactPoint").contains("Username").contains("Password")
                .contains("PIN").contains("Security token code").contains("primefaces");
    }

    @Test
    void faceletsSourcesAndConfigurationAreNotServed() throws Exception {
        assertThat(get("/WEB-INF/web.xml").statusCode()).isIn(403, 404);
        assertThat(get("/WEB-INF/templates/layout.xhtml").statusCode()).isIn(403, 404);
    }

    @Test
    void unknownPagesGiveNoStackTrace() throws Exception {
        HttpResponse<String> missing = get("/child/view.xhtml?cpId=1234567890");
        assertThat(missing.statusCode()).isIn(404, 403, 302);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
