package org.contactpoint.web.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.contactpoint.child.entity.Child;
import org.contactpoint.it.PortalFixtures;
import org.contactpoint.it.TestStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * The REST API as a registered partner system calls it (API key, real HTTP): search, record, involvements,
 * idempotent replay, the shielded-child and sensitive-service rules in this channel, and its errors.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

    private static final LocalDate DOB = LocalDate.now().minusYears(8).withMonth(5).withDayOfMonth(14);

    @Deployment
    static WebArchive deployment() {
        return ApiDeployment.create();
    }

    @ArquillianResource
    URL base;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    private Http local;
    private String localSource;
    private Http national;
    private String family;
    private String shieldedId;
    private String openId;

    @BeforeEach
    void partnersAndChildren() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String api = base.toString() + "api/v1";
        localSource = "LOCAL-" + run.toUpperCase();
        local = new Http(api, store.inTransaction(em -> fixtures.partnerSystem("sys.local." + run, localSource,
                NOTTS, false, 1000)));
        national = new Http(api, store.inTransaction(em -> fixtures.partnerSystem("sys.national." + run, "NAT-" + run.toUpperCase(),
                null, true, 1000)));
        family = PortalFixtures.uniqueFamilyName();
        shieldedId = store.inTransaction(em -> fixtures.child("Olivia", family, DOB, true, true)).cpId().value();
        openId = store.inTransaction(em -> fixtures.child("Amelia", family, DOB, false, true)).cpId().value();
    }

    @Test
    void searchFindsBothChildrenAndTheShieldedOneCarriesNoTown() {
        Http.Answer answer = local.get("/children?familyName=" + family + "&dateOfBirth=" + DOB + "&gender=female");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).contains(shieldedId, openId);
        JsonObject shielded = answer.json().getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("contactPointId").equals(shieldedId)).findFirst().orElseThrow();
        assertThat(shielded.containsKey("town") && !shielded.isNull("town")).isFalse();
        for (String locating : LOCATING) {
            assertThat(shielded.toString()).as("shielded search result over REST").doesNotContain(locating);
        }
    }

    @Test
    void aShieldedRecordHasOnlyTheFourFieldsInThisChannel() {
        Http.Answer answer = national.get("/children/" + shieldedId + "?reason=safeguarding-concern");

        assertThat(answer.status()).isEqualTo(200);
        JsonObject record = answer.json();
        assertThat(record.getString("level")).isEqualTo("SHIELDED");
        assertThat(record.getString("familyName")).isEqualTo(family);
        assertThat(record.getString("dateOfBirth")).isEqualTo(DOB.toString());
        for (String locating : LOCATING) {
            assertThat(answer.body()).as("shielded record over REST").doesNotContain(locating);
        }
    }

    @Test
    void aSensitiveServiceIsMaskedForALocalPartnerAndNeverShownToANationalOne() {
        Http.Answer localView = local.get("/children/" + openId + "?reason=providing-a-service");
        Http.Answer nationalView = national.get("/children/" + openId + "?reason=providing-a-service");

        assertThat(localView.status()).isEqualTo(200);
        assertThat(localView.body()).contains("Notts Social Care").doesNotContain("Notts CAMHS Clinic")
                .doesNotContain("Cam Therapist").doesNotContain("mental-health");
        assertThat(nationalView.status()).isEqualTo(200);
        assertThat(nationalView.body()).doesNotContain("Notts CAMHS Clinic").doesNotContain("Cam Therapist")
                .doesNotContain("mental-health");
    }

    @Test
    void aPartnerRecordsChangesAndEndsItsOwnInvolvement() {
        Http.Answer created = local.send("POST", "/children/" + openId + "/involvements", "application/json",
                involvement("youth-offending", "2024-01-10", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("involvementId").longValue();
        assertThat(created.header("Location")).endsWith("/involvements/" + id);

        Http.Answer record = local.get("/children/" + openId + "?reason=providing-a-service");
        JsonObject service = record.json().getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.containsKey("involvementId") && s.getJsonNumber("involvementId").longValue() == id)
                .findFirst().orElseThrow();
        assertThat(service.getBoolean("editable")).isTrue();
        long version = service.getJsonNumber("version").longValue();

        Http.Answer changed = local.send("PUT", "/children/" + openId + "/involvements/" + id, "application/json",
                involvement("youth-offending", "2024-01-10", version).replace("T. Tester", "R. Changed"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        Http.Answer stale = local.send("PUT", "/children/" + openId + "/involvements/" + id, "application/json",
                involvement("youth-offending", "2024-01-10", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("field")).isEqualTo("version");

        Http.Answer ended = local.send("DELETE", "/children/" + openId + "/involvements/" + id + "?on=" + LocalDate.now(), null, null);
        assertThat(ended.status()).as(ended.body()).isEqualTo(204);
        Object endedOn = store.inTransaction(em -> em.createNativeQuery("SELECT valid_to FROM involvement WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
        assertThat(endedOn).isNotNull();
    }

    @Test
    void anotherPartnersInvolvementCannotBeChangedOrEnded() {
        long theirs = store.inTransaction(em -> ((Number) em.createNativeQuery("SELECT id FROM involvement WHERE child_id = "
                + "(SELECT id FROM child WHERE cp_id = ?1) AND owner_organisation = 'NOTTS-CSC'").setParameter(1, openId)
                .getSingleResult()).longValue());
        Map<String, Long> before = RowCounts.of(store);

        Http.Answer change = local.send("PUT", "/children/" + openId + "/involvements/" + theirs, "application/json",
                involvement("social-care", "2024-01-10", 0L));
        Http.Answer end = local.send("DELETE", "/children/" + openId + "/involvements/" + theirs, null, null);

        assertThat(change.status()).isEqualTo(404);
        assertThat(change.json().getString("field")).isEqualTo("involvementId");
        assertThat(end.status()).isEqualTo(404);
        assertThat(RowCounts.of(store)).isEqualTo(before);
        Object theirEnd = store.inTransaction(em -> em.createNativeQuery("SELECT valid_to FROM involvement WHERE id = ?1")
                .setParameter(1, theirs).getSingleResult());
        assertThat(theirEnd).isNull();
    }

    @Test
    void anIdempotentReplayReturnsTheFirstAnswerAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        String body = involvement("education-welfare", "2024-02-01", null);

        Http.Answer first = local.send("POST", "/children/" + openId + "/involvements", "application/json", body,
                "Idempotency-Key", key);
        Map<String, Long> afterFirst = RowCounts.of(store);
        Http.Answer replay = local.send("POST", "/children/" + openId + "/involvements", "application/json", body,
                "Idempotency-Key", key);
        Http.Answer reused = local.send("POST", "/children/" + openId + "/involvements", "application/json",
                involvement("education-welfare", "2024-02-02", null), "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().getString("field")).isEqualTo("Idempotency-Key");
        assertThat(RowCounts.of(store)).isEqualTo(afterFirst);
    }

    @Test
    void aBatchIsAcceptedProcessedAndReportedLineByLine() throws InterruptedException {
        String source = localSource;
        String recordId = "R" + UUID.randomUUID().toString().substring(0, 8);
        String good = "{\"sourceSystem\":\"" + source + "\",\"sourceRecordId\":\"" + recordId + "\",\"recordVersion\":1,"
                + "\"givenNames\":\"Batch\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + DOB + "\","
                + "\"gender\":\"male\",\"address\":{\"line1\":\"1 Feed Street\",\"line2\":null,\"town\":\"Newark\",\"postcode\":\"NG24 1AA\"}}";
        String body = good + "\n{\"sourceSystem\": \n" + good.replace(source, "NHS-PDS") + "\n";

        Http.Answer accepted = local.send("POST", "/feeds/" + source + "/batches", "application/x-ndjson", body);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        JsonObject batch = awaitDone(location.substring(location.indexOf("/feeds/")));
        assertThat(batch.getString("status")).isEqualTo("DONE");
        assertThat(batch.getJsonNumber("created").longValue()).isEqualTo(1);
        assertThat(batch.getJsonNumber("rejected").longValue()).isEqualTo(2);
        assertThat(batch.getString("matching")).contains("REVIEW");
        var lines = batch.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("outcome")).containsExactly("CREATED", "REJECTED", "REJECTED");
        assertThat(lines.get(1).getInt("line")).isEqualTo(2);
        assertThat(lines.get(2).getString("field")).isEqualTo("sourceSystem");
        Http.Answer record = local.get("/feeds/" + source + "/records/" + recordId);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.json().getString("outcome")).isEqualTo("CREATED");
        assertThat(record.json().getString("contactPointId")).isEqualTo(lines.get(0).getString("contactPointId"));

        Http.Answer again = local.send("POST", "/feeds/" + source + "/batches", "application/x-ndjson", good);
        String againAt = again.header("Location");
        JsonObject replayed = awaitDone(againAt.substring(againAt.indexOf("/feeds/")));
        assertThat(replayed.getJsonNumber("ignored").longValue()).isEqualTo(1);
        assertThat(local.get("/feeds/NHS-PDS/batches/" + batch.getJsonNumber("batchId")).status()).isEqualTo(403);
    }

    @Test
    void aBatchLargerThanAJsonMessageIsAcceptedWholeAndItsBadLinesReported() throws InterruptedException {
        String line = "{\"sourceSystem\":\"" + localSource + "\",\"sourceRecordId\":\"big\",\"familyName\":\""
                + "x".repeat(250) + "\"}\n";
        int lines = 1200;
        String body = line.repeat(lines);
        assertThat(body.length()).isGreaterThan(256 * 1024);

        Http.Answer accepted = local.send("POST", "/feeds/" + localSource + "/batches", "application/x-ndjson", body);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        JsonObject batch = awaitDone(location.substring(location.indexOf("/feeds/")));
        assertThat(batch.getString("status")).isEqualTo("DONE");
        assertThat(batch.getJsonNumber("rejected").longValue()).isEqualTo(lines);
        assertThat(batch.getJsonNumber("linesRead").longValue()).isEqualTo(lines);
    }

    /** Polls the batch (as a partner would) until its background processing has finished. */
    private JsonObject awaitDone(String path) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonObject batch = local.get(path).json();
            String status = batch.getString("status");
            if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > deadline) {
                return batch;
            }
            Thread.onSpinWait();
            Thread.sleep(20);
        }
    }

    static String involvement(String type, String from, Long version) {
        return "{\"serviceType\":\"" + type + "\",\"serviceName\":\"Test Service\",\"practitionerName\":\"T. Tester\","
                + "\"phone\":\"0115 496 0009\",\"from\":\"" + from + "\",\"leadProfessional\":false"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
