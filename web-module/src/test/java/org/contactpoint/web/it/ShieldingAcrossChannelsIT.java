package org.contactpoint.web.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.it.PortalFixtures;
import org.contactpoint.it.TestStore;
import org.contactpoint.shielding.api.RequestedGround;
import org.contactpoint.shielding.api.ShieldingCase;
import org.contactpoint.shielding.api.ShieldingDecisions;
import org.contactpoint.shielding.api.ShieldingRequests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * A shielding request, then the team's decisions, change what REST and SOAP partners see on their very next call:
 * the projection reads the shielded state on every request, and no cache serves a stale view. And a partner's feed
 * sending a shielded child's new home, under a mistyped name or as a record in doubt, makes no child that shows it.
 */
@ExtendWith(ArquillianExtension.class)
class ShieldingAcrossChannelsIT {

    private static final LocalDate DOB = LocalDate.now().minusYears(10).withMonth(9).withDayOfMonth(3);

    @Deployment
    static WebArchive deployment() {
        return ApiDeployment.create();
    }

    @ArquillianResource
    URL base;

    @EJB
    TestStore store;

    @EJB
    ShieldingRequests requests;

    @EJB
    ShieldingDecisions decisions;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    @Test
    void eachDecisionShowsInBothPartnerChannelsAtOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = store.inTransaction(em -> fixtures.partnerSystem("sys.shield." + run, "SHIELD-" + run.toUpperCase(), NOTTS, false, 1000));
        Http rest = new Http(base + "api/v1", key);
        Http soap = new Http(base + "soap/ChildIndex", key);
        String practitioner = store.inTransaction(em -> fixtures.account("sh.pr." + run, Role.PRACTITIONER, NOTTS, "NOTTS-CSC", null, false));
        String team = store.inTransaction(em -> fixtures.account("sh.team." + run, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false));
        String cpId = store.inTransaction(em -> fixtures.child("Amelia", PortalFixtures.uniqueFamilyName(), DOB, false, false)).cpId().value();

        assertThat(level(rest, soap, cpId)).isEqualTo("FULL FULL");

        callers.actingAs(practitioner, () -> {
            requests.request(cpId, RequestedGround.RISK_OF_SIGNIFICANT_HARM, "Family moved to a refuge", false);
            return null;
        });
        assertThat(level(rest, soap, cpId)).as("provisionally shielded").isEqualTo("SHIELDED SHIELDED");

        long requestId = callers.actingAs(team, () -> decisions.open(NOTTS)).stream().filter(c -> c.contactPointId().equals(cpId))
                .map(ShieldingCase::requestId).findFirst().orElseThrow();
        callers.actingAs(team, () -> { decisions.approve(NOTTS, requestId, LocalDate.now().plusMonths(6)); return null; });
        assertThat(level(rest, soap, cpId)).as("approved").isEqualTo("SHIELDED SHIELDED");

        callers.actingAs(team, () -> { decisions.unshield(NOTTS, requestId, "The family has left the refuge"); return null; });
        assertThat(level(rest, soap, cpId)).as("unshielded").isEqualTo("FULL FULL");
    }

    @Test
    void aFeedSendingAShieldedChildsNewHomeMakesNoChildThatShowsItInAnyChannel() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "REFUGE-" + run.toUpperCase();
        String key = store.inTransaction(em -> fixtures.partnerSystem("sys.feed." + run, source, NOTTS, false, 1000));
        Http rest = new Http(base + "api/v1", key);
        Http soap = new Http(base + "soap/ChildIndex", key);
        String family = PortalFixtures.uniqueFamilyName();
        String shieldedId = store.inTransaction(em -> fixtures.child("Olivia", family, DOB, true, false)).cpId().value();
        String record = "{\"sourceSystem\":\"" + source + "\",\"sourceRecordId\":\"%s\",\"recordVersion\":1,"
                + "\"givenNames\":\"%s\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + DOB + "\","
                + "\"gender\":\"female\",\"address\":{\"line1\":\"3 Refuge Close\",\"town\":\"Newark\"%s}}";
        // her new home under a mistyped name; then a record with a given name far from hers and no postcode (a twin,
        // or her name keyed wrong: in doubt)
        String body = record.formatted("A" + run, "Olivai", ",\"postcode\":\"NG24 1AB\"") + "\n"
                + record.formatted("B" + run, "Tfry", "") + "\n";

        Http.Answer accepted = rest.send("POST", "/feeds/" + source + "/batches", "application/x-ndjson", body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        Http.Answer report = awaitDone(rest, location.substring(location.indexOf("/feeds/")));
        assertThat(report.json().getJsonArray("lines").getValuesAs(JsonObject.class)).extracting(l -> l.getString("outcome"))
                .containsExactly("LINKED", "REVIEW");

        List<String> locating = new java.util.ArrayList<>(PortalFixtures.LOCATING);
        locating.addAll(List.of("Refuge Close", "Newark", "NG24"));
        Http.Answer found = rest.get("/children?familyName=" + family + "&dateOfBirth=" + DOB + "&gender=female");
        assertThat(found.status()).isEqualTo(200);
        List<String> ids = found.json().getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("contactPointId")).toList();
        assertThat(ids).as("the shielded child and the record in doubt").hasSize(2).contains(shieldedId);
        Http.Answer soapFound = soap.send("POST", "", "text/xml; charset=utf-8", SoapClient.envelope("<ci:FindChildren><ci:familyName>"
                + family + "</ci:familyName><ci:dateOfBirth>" + DOB + "</ci:dateOfBirth><ci:gender>female</ci:gender></ci:FindChildren>"),
                "SOAPAction", "\"\"");
        assertThat(soapFound.status()).as(soapFound.body()).isEqualTo(200);
        assertThat(soapFound.body()).contains(ids.get(0), ids.get(1));
        List<Http.Answer> answers = new java.util.ArrayList<>(List.of(report, rest.get("/feeds/" + source + "/records/A" + run),
                rest.get("/feeds/" + source + "/records/B" + run), found, soapFound));
        for (String id : ids) {
            assertThat(level(rest, soap, id)).as("every child of that name and birthday").isEqualTo("SHIELDED SHIELDED");
            answers.add(rest.get("/children/" + id + "?reason=providing-a-service"));
            answers.add(soap.send("POST", "", "text/xml; charset=utf-8", SoapClient.envelope("<ci:GetChildRecord><ci:contactPointId>"
                    + id + "</ci:contactPointId><ci:reason>providing-a-service</ci:reason></ci:GetChildRecord>"), "SOAPAction", "\"\""));
        }
        for (Http.Answer answer : answers) {
            for (String place : locating) {
                assertThat(answer.body()).as("feed report, source record status, search or record").doesNotContain(place);
            }
        }
    }

    /** Polls the batch, as a partner does, until it has been processed. */
    private static Http.Answer awaitDone(Http rest, String path) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Http.Answer batch = rest.get(path);
            String status = batch.json().getString("status");
            if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > deadline) {
                return batch;
            }
            Thread.sleep(20);
        }
    }

    /** The record's level as REST and as SOAP show it, checked against what each body holds. */
    private static String level(Http rest, Http soap, String cpId) {
        Http.Answer json = rest.get("/children/" + cpId + "?reason=providing-a-service");
        Http.Answer xml = soap.send("POST", "", "text/xml; charset=utf-8", SoapClient.envelope("<ci:GetChildRecord><ci:contactPointId>"
                + cpId + "</ci:contactPointId><ci:reason>providing-a-service</ci:reason></ci:GetChildRecord>"), "SOAPAction", "\"\"");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(xml.status()).as(xml.body()).isEqualTo(200);
        String restLevel = json.json().getString("level");
        String soapLevel = xml.body().contains(">SHIELDED<") ? "SHIELDED" : "FULL";
        boolean shownLocating = json.body().contains("Mill Lane") || xml.body().contains("Mill Lane");
        assertThat(shownLocating).as("the address is shown exactly when the view is full")
                .isEqualTo(!restLevel.equals("SHIELDED") || !soapLevel.equals("SHIELDED"));
        return restLevel + " " + soapLevel;
    }
}
