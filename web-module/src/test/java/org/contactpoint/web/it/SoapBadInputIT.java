package org.contactpoint.web.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * The SOAP bad-input suite: malformed XML, external entities, entity expansion, other encodings, schema violations,
 * oversize messages, wrong keys and injection each get a SOAP fault saying what is wrong — never a stack trace,
 * a file's contents or a shielded child's whereabouts — and the business tables are exactly as before.
 */
@ExtendWith(ArquillianExtension.class)
class SoapBadInputIT {

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

    private Http soap;
    private String shieldedId;

    record Case(String name, String body, int status, String expected) {
    }

    @BeforeEach
    void partnerAndChild() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        soap = new Http(base.toString() + "soap/ChildIndex", store.inTransaction(em -> fixtures.partnerSystem("soap.bad." + run,
                "SBAD-" + run.toUpperCase(), NOTTS, false, 1000)));
        shieldedId = store.inTransaction(em -> fixtures.child("Olivia", PortalFixtures.uniqueFamilyName(),
                LocalDate.now().minusYears(7), true, false)).cpId().value();
    }

    @Test
    void everyBadMessageGetsAFaultAndChangesNothing() {
        String record = "<ci:GetChildRecord><ci:contactPointId>" + shieldedId + "</ci:contactPointId><ci:reason>assessment</ci:reason></ci:GetChildRecord>";
        String involvement = "<ci:RecordInvolvement><ci:contactPointId>" + shieldedId + "</ci:contactPointId><ci:involvement>"
                + "<ci:serviceType>youth-offending</ci:serviceType><ci:from>%s</ci:from></ci:involvement></ci:RecordInvolvement>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + SoapClient.envelope("<ci:FindChildren><ci:familyName>&lol3;</ci:familyName></ci:FindChildren>").substring(38);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + SoapClient.envelope("<ci:FindChildren><ci:familyName>&xxe;</ci:familyName></ci:FindChildren>").substring(38);
        List<Case> cases = List.of(
                new Case("malformed XML", SoapClient.envelope("<ci:GetChildRecord><ci:contactPointId>"), 500, "Fault"),
                new Case("external entity (XXE)", xxe, 400, "document type"),
                new Case("entity expansion (billion laughs)", laughs, 400, "document type"),
                new Case("invalid date", SoapClient.envelope(String.format(involvement, "2024-02-30")), 500, "schema"),
                new Case("unknown element", SoapClient.envelope(record.replace("</ci:GetChildRecord>", "<ci:extra>1</ci:extra></ci:GetChildRecord>")), 500, "schema"),
                new Case("wrong type", SoapClient.envelope("<ci:EndInvolvement><ci:contactPointId>" + shieldedId
                        + "</ci:contactPointId><ci:involvementId>abc</ci:involvementId></ci:EndInvolvement>"), 500, "schema"),
                new Case("unknown reason", SoapClient.envelope(record.replace("assessment", "curiosity")), 500, "schema"),
                new Case("future start", SoapClient.envelope(String.format(involvement, LocalDate.now().plusDays(5))), 500, "INVALID_REQUEST"),
                new Case("SQL in a name", SoapClient.envelope("<ci:FindChildren><ci:familyName>Robert'); DROP TABLE child;--</ci:familyName>"
                        + "<ci:dateOfBirth>2015-01-01</ci:dateOfBirth><ci:gender>male</ci:gender></ci:FindChildren>"), 500, "familyName"),
                new Case("not enough criteria", SoapClient.envelope("<ci:FindChildren><ci:familyName>Smith</ci:familyName></ci:FindChildren>"), 500, "INVALID_REQUEST"),
                new Case("oversize", SoapClient.envelope("<ci:FindChildren><ci:familyName>" + "x".repeat(5 * 1024 * 1024)
                        + "</ci:familyName></ci:FindChildren>"), 413, "larger than"));
        Map<String, Long> before = RowCounts.of(store);
        List<String> failures = new ArrayList<>();

        for (Case c : cases) {
            Http.Answer answer = soap.send("POST", "", "text/xml; charset=utf-8", c.body(), "SOAPAction", "\"\"");
            String problem = check(c, answer);
            if (problem != null) {
                failures.add(c.name() + ": " + problem + " — got " + answer.status() + " " + cut(answer.body()));
            }
        }

        assertThat(failures).isEmpty();
        assertThat(RowCounts.of(store)).isEqualTo(before);
    }

    @Test
    void aMissingOrWrongKeyIsRefusedButTheContractIsPublic() {
        String envelope = SoapClient.envelope("<ci:FindChildren><ci:contactPointId>" + shieldedId + "</ci:contactPointId></ci:FindChildren>");
        for (String key : new String[]{null, "cpk_aaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}) {
            Http.Answer answer = soap.withKey(key).send("POST", "", "text/xml; charset=utf-8", envelope, "SOAPAction", "\"\"");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).contains("Fault").contains("API key").doesNotContain(shieldedId);
        }
        Http.Answer wsdl = soap.withKey(null).get("?wsdl");
        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.body()).contains("urn:uk:gov:contactpoint:childindex:v1");
    }

    @Test
    void aMessageInAnotherEncodingIsRefused() {
        String envelope = SoapClient.envelope("<ci:FindChildren><ci:contactPointId>" + shieldedId + "</ci:contactPointId></ci:FindChildren>")
                .replace("UTF-8", "UTF-16");
        Http.Answer answer = soap.send("POST", "", "text/xml; charset=utf-16", envelope, "SOAPAction", "\"\"");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("UTF-8");
    }

    private static String check(Case c, Http.Answer answer) {
        if (answer.status() != c.status()) {
            return "expected status " + c.status();
        }
        if (!answer.body().contains("Fault")) {
            return "expected a SOAP fault";
        }
        if (!answer.body().contains(c.expected())) {
            return "expected the fault to mention '" + c.expected() + "'";
        }
        if (answer.body().contains("stackTrace") || answer.body().matches("(?s).*\\bat (com|org|java|jdk)\\..*")) {
            return "a stack trace was sent";
        }
        if (answer.body().contains("root:")) {
            return "a file's contents were sent";
        }
        for (String locating : LOCATING) {
            if (answer.body().contains(locating)) {
                return "leaked '" + locating + "'";
            }
        }
        return null;
    }

    private static String cut(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
