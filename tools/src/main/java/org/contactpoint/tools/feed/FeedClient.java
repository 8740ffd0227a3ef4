package org.contactpoint.tools.feed;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The batch calls of the REST API as a partner system, with patience: while the server is away (restarting,
 * overloaded: no connection, 502/503/504, 429) a call is retried every few seconds until {@code wait} has passed.
 * Any other refusal is final and reported with the server's own words.
 */
final class FeedClient {

    /** The server refused the call: its status and problem text. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A 500 repeated this often is a fault, not a restart: reported, not retried further. */
    private static final int SERVER_ERROR_RETRIES = 10;

    private final String base;
    private final String source;
    private final String key;
    private final Duration wait;
    private final Consumer<String> notices;

    FeedClient(String base, String source, String key, Duration wait, Consumer<String> notices) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.source = source;
        this.key = key;
        this.wait = wait;
        this.notices = notices;
    }

    /** Sends a batch; the idempotency key makes a repeat (after a lost answer, or a rerun) the same batch. */
    long submit(byte[] body, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/feeds/" + source + "/batches"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/x-ndjson")
                .header("Idempotency-Key", idempotencyKey).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return json(call(request, 202)).getJsonNumber("batchId").longValue();
    }

    JsonObject status(long batchId, long fromLine) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/feeds/" + source + "/batches/" + batchId
                        + "?fromLine=" + fromLine)).header("Authorization", "Bearer " + key).timeout(Duration.ofMinutes(1))
                .GET().build();
        return json(call(request, 200));
    }

    private String call(HttpRequest request, int expected) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(wait);
        int serverErrors = 0;
        String why;
        while (true) {
            try {
                HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                if (status == expected) {
                    return answer.body();
                }
                boolean notDeployed = status == 404 && !answer.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json");
                if (status == 500 && ++serverErrors <= SERVER_ERROR_RETRIES) {
                    // A server still starting can fail a call; the idempotency key makes a retry safe.
                    why = "the server failed the call (500: " + problem(answer.body()) + ")";
                } else if (notDeployed) {
                    why = "ContactPoint's API is not there yet at " + base + " (the server is starting?)";
                } else if (status != 429 && status != 502 && status != 503 && status != 504) {
                    throw new Refused("the server refused " + request.method() + " " + request.uri().getPath() + " with "
                            + status + ": " + problem(answer.body()));
                } else {
                    why = "the server is busy (" + status + ")";
                }
            } catch (IOException e) {
                if (e instanceof Refused) {
                    throw e;
                }
                why = "ContactPoint is not answering at " + base + " (" + e.getClass().getSimpleName() + ")";
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IOException(why + " for " + wait.toMinutes() + " minutes; run the same command again to resume");
            }
            notices.accept(why + "; retrying");
            Thread.sleep(3000); // a retry interval, not synchronisation
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String problem(String body) {
        try {
            JsonObject p = json(body);
            return p.containsKey("detail") ? p.getString("detail") : body;
        } catch (RuntimeException e) {
            return body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }
}
