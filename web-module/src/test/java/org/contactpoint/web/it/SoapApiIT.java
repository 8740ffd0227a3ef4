package org.contactpoint.web.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.it.PortalFixtures;
import org.contactpoint.it.TestStore;
import org.contactpoint.web.soap.v1.ChildIndexFault_Exception;
import org.contactpoint.web.soap.v1.ChildIndexPort;
import org.contactpoint.web.soap.v1.ChildRecord;
import org.contactpoint.web.soap.v1.ChildSummary;
import org.contactpoint.web.soap.v1.EndInvolvement;
import org.contactpoint.web.soap.v1.FindChildren;
import org.contactpoint.web.soap.v1.Gender;
import org.contactpoint.web.soap.v1.GetBatchStatus;
import org.contactpoint.web.soap.v1.GetBatchStatusResponse;
import org.contactpoint.web.soap.v1.GetChildRecord;
import org.contactpoint.web.soap.v1.Involvement;
import org.contactpoint.web.soap.v1.RecordInvolvement;
import org.contactpoint.web.soap.v1.SourceRecord;
import org.contactpoint.web.soap.v1.SubmitSourceRecords;
import org.contactpoint.web.soap.v1.ViewReason;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * The ChildIndex SOAP service through a client generated from the checked-in WSDL, as a registered partner system:
 * the same rules as REST and the portal (shielded record, masked sensitive service, own involvements, idempotency).
 */
@ExtendWith(ArquillianExtension.class)
class SoapApiIT {

    private static final LocalDate DOB = LocalDate.now().minusYears(10).withMonth(2).withDayOfMonth(20);

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

    private ChildIndexPort local;
    private ChildIndexPort national;
    private String source;
    private String family;
    private String shieldedId;
    private String openId;

    @BeforeEach
    void partnersAndChildren() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        source = "SOAP-" + run.toUpperCase();
        local = SoapClient.port(base, store.inTransaction(em -> fixtures.partnerSystem("soap.local." + run, source, NOTTS, false, 1000)));
        national = SoapClient.port(base, store.inTransaction(em -> fixtures.partnerSystem("soap.nat." + run, "SOAPN-" + run.toUpperCase(),
                null, true, 1000)));
        family = PortalFixtures.uniqueFamilyName();
        shieldedId = store.inTransaction(em -> fixtures.child("Olivia", family, DOB, true, true)).cpId().value();
        openId = store.inTransaction(em -> fixtures.child("Amelia", family, DOB, false, true)).cpId().value();
    }

    @Test
    void findChildrenRanksBothAndTheShieldedSummaryHasNoTown() throws ChildIndexFault_Exception {
        FindChildren find = new FindChildren();
        find.setFamilyName(family);
        find.setDateOfBirth(date(DOB));
        find.setGender(Gender.FEMALE);

        var children = local.findChildren(find).getChild();

        assertThat(children).extracting(ChildSummary::getContactPointId).contains(shieldedId, openId);
        ChildSummary shielded = children.stream().filter(c -> c.getContactPointId().equals(shieldedId)).findFirst().orElseThrow();
        assertThat(shielded.isShielded()).isTrue();
        assertThat(shielded.getTown()).isNull();
    }

    @Test
    void aShieldedRecordHasOnlyTheFourFieldsOverSoap() throws Exception {
        ChildRecord record = national.getChildRecord(get(shieldedId)).getRecord();

        assertThat(record.getLevel()).isEqualTo("SHIELDED");
        assertThat(record.getFamilyName()).isEqualTo(family);
        assertThat(record.getAddress()).isNull();
        assertThat(record.getParentCarer()).isEmpty();
        assertThat(record.getService()).isEmpty();
        assertThat(record.getSetting()).isNull();
        assertThat(record.getGpPractice()).isNull();
        String xml = raw(SoapClient.envelope("<ci:GetChildRecord><ci:contactPointId>" + shieldedId + "</ci:contactPointId>"
                + "<ci:reason>assessment</ci:reason></ci:GetChildRecord>")).body();
        assertThat(xml).contains(shieldedId);
        for (String locating : LOCATING) {
            assertThat(xml).as("shielded record over SOAP").doesNotContain(locating);
        }
    }

    @Test
    void aSensitiveServiceIsMaskedOrHiddenOverSoap() throws ChildIndexFault_Exception {
        ChildRecord seenLocally = local.getChildRecord(get(openId)).getRecord();
        ChildRecord seenNationally = national.getChildRecord(get(openId)).getRecord();

        assertThat(seenLocally.getService()).anySatisfy(s -> assertThat(s.isMasked()).isTrue());
        assertThat(seenLocally.getService()).noneSatisfy(s -> assertThat(s.getServiceName()).isEqualTo("Notts CAMHS Clinic"));
        assertThat(seenNationally.getService()).noneSatisfy(s -> assertThat(s.getServiceName()).isEqualTo("Notts CAMHS Clinic"));
        assertThat(seenNationally.getService()).noneSatisfy(s -> assertThat(s.getServiceType()).isEqualTo("mental-health"));
    }

    @Test
    void aPartnerRecordsAndEndsItsInvolvementOnceWhateverTheReplays() throws ChildIndexFault_Exception {
        RecordInvolvement add = new RecordInvolvement();
        add.setContactPointId(openId);
        add.setInvolvement(involvement());
        add.setIdempotencyKey(UUID.randomUUID().toString());

        long id = local.recordInvolvement(add).getInvolvementId();
        Map<String, Long> afterFirst = RowCounts.of(store);
        long replayed = local.recordInvolvement(add).getInvolvementId();

        assertThat(replayed).isEqualTo(id);
        assertThat(RowCounts.of(store)).isEqualTo(afterFirst);
        EndInvolvement end = new EndInvolvement();
        end.setContactPointId(openId);
        end.setInvolvementId(id);
        assertThat(local.endInvolvement(end).getEndDate().toXMLFormat()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void anotherPartnersInvolvementCannotBeEnded() {
        long theirs = store.inTransaction(em -> ((Number) em.createNativeQuery("SELECT id FROM involvement WHERE child_id = "
                + "(SELECT id FROM child WHERE cp_id = ?1) AND owner_organisation = 'NOTTS-CSC'").setParameter(1, openId)
                .getSingleResult()).longValue());
        EndInvolvement end = new EndInvolvement();
        end.setContactPointId(openId);
        end.setInvolvementId(theirs);
        Map<String, Long> before = RowCounts.of(store);

        assertThatThrownBy(() -> local.endInvolvement(end)).isInstanceOfSatisfying(ChildIndexFault_Exception.class, f -> {
            assertThat(f.getFaultInfo().getCode()).isEqualTo("NOT_FOUND");
            assertThat(f.getFaultInfo().getField()).isEqualTo("involvementId");
        });
        assertThat(RowCounts.of(store)).isEqualTo(before);
    }

    @Test
    void sourceRecordsTakeTheFeedPathAndReportEachRecord() throws Exception {
        SubmitSourceRecords submit = new SubmitSourceRecords();
        submit.setSourceSystem(source);
        submit.getSourceRecord().add(sourceRecord("S1-" + UUID.randomUUID(), "Soap", DOB));
        submit.getSourceRecord().add(sourceRecord("S2-" + UUID.randomUUID(), "Soap", LocalDate.now().plusYears(1)));

        long batchId = local.submitSourceRecords(submit).getBatchId();
        GetBatchStatus status = new GetBatchStatus();
        status.setSourceSystem(source);
        status.setBatchId(batchId);
        GetBatchStatusResponse batch = awaitDone(status);

        assertThat(batch.getStatus()).isEqualTo("DONE");
        assertThat(batch.getCreated()).isEqualTo(1);
        assertThat(batch.getRejected()).isEqualTo(1);
        assertThat(batch.getLine().get(1).getField()).isEqualTo("dateOfBirth");
        status.setSourceSystem("NHS-PDS");
        assertThatThrownBy(() -> local.getBatchStatus(status)).isInstanceOfSatisfying(ChildIndexFault_Exception.class,
                f -> assertThat(f.getFaultInfo().getCode()).isEqualTo("NOT_PERMITTED"));
    }

    private GetBatchStatusResponse awaitDone(GetBatchStatus status) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            GetBatchStatusResponse batch = local.getBatchStatus(status);
            if (batch.getStatus().equals("DONE") || batch.getStatus().equals("FAILED") || System.nanoTime() > deadline) {
                return batch;
            }
            Thread.sleep(20);
        }
    }

    private Http.Answer raw(String envelope) {
        return new Http(base.toString() + "soap/ChildIndex", store.inTransaction(em -> fixtures.partnerSystem(
                "soap.raw." + UUID.randomUUID().toString().substring(0, 8), "RAW", null, true, 1000)))
                .send("POST", "", "text/xml; charset=utf-8", envelope, "SOAPAction", "\"\"");
    }

    static GetChildRecord get(String cpId) {
        GetChildRecord get = new GetChildRecord();
        get.setContactPointId(cpId);
        get.setReason(ViewReason.PROVIDING_A_SERVICE);
        return get;
    }

    static Involvement involvement() {
        Involvement i = new Involvement();
        i.setServiceType("youth-offending");
        i.setServiceName("Soap YOT");
        i.setPractitionerName("S. Oap");
        i.setFrom(date(LocalDate.now().minusMonths(1)));
        return i;
    }

    static SourceRecord sourceRecord(String id, String given, LocalDate dob) {
        SourceRecord r = new SourceRecord();
        r.setSourceRecordId(id);
        r.setRecordVersion(1);
        r.setGivenNames(given);
        r.setFamilyName("Recordson");
        r.setDateOfBirth(date(dob));
        r.setGender(Gender.MALE);
        return r;
    }

    static javax.xml.datatype.XMLGregorianCalendar date(LocalDate date) {
        try {
            return javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(date.toString());
        } catch (javax.xml.datatype.DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
