package org.contactpoint.web.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.feed.api.BatchReceipt;
import org.contactpoint.feed.api.FeedBatches;
import org.contactpoint.involvement.api.InvolvementForm;
import org.contactpoint.involvement.api.Involvements;
import org.contactpoint.partner.api.IdempotentWrites;
import org.contactpoint.search.api.ChildSearch;
import org.contactpoint.search.api.SearchCriteria;
import org.contactpoint.web.soap.v1.ChildIndexFault_Exception;
import org.contactpoint.web.soap.v1.ChildIndexPort;
import org.contactpoint.web.soap.v1.EndInvolvement;
import org.contactpoint.web.soap.v1.EndInvolvementResponse;
import org.contactpoint.web.soap.v1.FindChildren;
import org.contactpoint.web.soap.v1.FindChildrenResponse;
import org.contactpoint.web.soap.v1.GetBatchStatus;
import org.contactpoint.web.soap.v1.GetBatchStatusResponse;
import org.contactpoint.web.soap.v1.GetChildRecord;
import org.contactpoint.web.soap.v1.GetChildRecordResponse;
import org.contactpoint.web.soap.v1.Involvement;
import org.contactpoint.web.soap.v1.RecordInvolvement;
import org.contactpoint.web.soap.v1.RecordInvolvementResponse;
import org.contactpoint.web.soap.v1.SubmitSourceRecords;
import org.contactpoint.web.soap.v1.SubmitSourceRecordsResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ChildIndex SOAP service (contract first: {@code WEB-INF/wsdl/ChildIndex.wsdl}, served at
 * {@code /soap/ChildIndex?wsdl}). Requests are validated against the schema before they get here; every operation
 * calls the same facade as the portal and the REST API, so no rule is written twice.
 */
@WebService(serviceName = "ChildIndex", portName = "ChildIndexPort", targetNamespace = "urn:uk:gov:contactpoint:childindex:v1",
        endpointInterface = "org.contactpoint.web.soap.v1.ChildIndexPort", wsdlLocation = "WEB-INF/wsdl/ChildIndex.wsdl")
@SchemaValidation(handler = SchemaProblems.class)
public class ChildIndexEndpoint implements ChildIndexPort {

    @Inject
    ChildSearch search;

    @Inject
    ChildRecords records;

    @Inject
    Involvements involvements;

    @Inject
    FeedBatches batches;

    @Inject
    IdempotentWrites ledger;

    @Override
    public FindChildrenResponse findChildren(FindChildren p) throws ChildIndexFault_Exception {
        return call(() -> SoapRecords.results(search.find(new SearchCriteria(p.getFamilyName(), p.getGivenName(),
                SoapRecords.localDate(p.getDateOfBirth()), p.getYearOfBirth(), p.getAgeFrom(), p.getAgeTo(),
                p.getGender() == null ? null : p.getGender().value(), p.getPostcode(), p.getTown(), p.getContactPointId(),
                p.getNhsNumber(), p.getUpn()))));
    }

    @Override
    public GetChildRecordResponse getChildRecord(GetChildRecord p) throws ChildIndexFault_Exception {
        ViewReason reason = ViewReason.valueOf(p.getReason().value().toUpperCase(Locale.ROOT).replace('-', '_'));
        return call(() -> {
            GetChildRecordResponse response = new GetChildRecordResponse();
            response.setRecord(SoapRecords.record(records.open(p.getContactPointId(), reason, p.getReasonDetail())));
            return response;
        });
    }

    @Override
    public RecordInvolvementResponse recordInvolvement(RecordInvolvement p) throws ChildIndexFault_Exception {
        InvolvementForm form = form(p.getInvolvement());
        IdempotentWrites.Answer answer = call(() -> once(p.getIdempotencyKey(),
                "RecordInvolvement " + p.getContactPointId() + " " + form,
                () -> new IdempotentWrites.Answer(200, null, Long.toString(involvements.record(p.getContactPointId(), form)))));
        RecordInvolvementResponse response = new RecordInvolvementResponse();
        response.setInvolvementId(Long.parseLong(answer.body()));
        return response;
    }

    @Override
    public EndInvolvementResponse endInvolvement(EndInvolvement p) throws ChildIndexFault_Exception {
        LocalDate on = p.getEndDate() == null ? LocalDate.now() : SoapRecords.localDate(p.getEndDate());
        IdempotentWrites.Answer answer = call(() -> once(p.getIdempotencyKey(),
                "EndInvolvement " + p.getContactPointId() + " " + p.getInvolvementId() + " " + on, () -> {
                    involvements.end(p.getContactPointId(), p.getInvolvementId(), on);
                    return new IdempotentWrites.Answer(200, null, on.toString());
                }));
        EndInvolvementResponse response = new EndInvolvementResponse();
        response.setEndDate(SoapRecords.date(LocalDate.parse(answer.body())));
        return response;
    }

    @Override
    public SubmitSourceRecordsResponse submitSourceRecords(SubmitSourceRecords p) throws ChildIndexFault_Exception {
        byte[] lines = SourceRecordLines.of(p.getSourceSystem(), p.getSourceRecord()).getBytes(StandardCharsets.UTF_8);
        IdempotentWrites.Answer answer = call(() -> once(p.getIdempotencyKey(), "SubmitSourceRecords " + p.getSourceSystem(), () -> {
            BatchReceipt receipt = batches.submit(p.getSourceSystem(), new ByteArrayInputStream(lines));
            return new IdempotentWrites.Answer(202, null, receipt.batchId() + " " + receipt.status());
        }));
        String[] parts = answer.body().split(" ");
        SubmitSourceRecordsResponse response = new SubmitSourceRecordsResponse();
        response.setBatchId(Long.parseLong(parts[0]));
        response.setStatus(parts[1]);
        return response;
    }

    @Override
    public GetBatchStatusResponse getBatchStatus(GetBatchStatus p) throws ChildIndexFault_Exception {
        long from = p.getFromLine() == null ? 1 : p.getFromLine();
        return call(() -> SoapRecords.batch(batches.status(p.getSourceSystem(), p.getBatchId(), from)));
    }

    private IdempotentWrites.Answer once(String key, String request, Supplier<IdempotentWrites.Answer> write) {
        return key == null ? write.get() : ledger.once(key, request.getBytes(StandardCharsets.UTF_8), write);
    }

    private static InvolvementForm form(Involvement i) {
        Involvement.Consent c = i.getConsent();
        return new InvolvementForm(i.getServiceType(), i.getServiceName(), i.getPractitionerName(), i.getPhone(),
                i.getEmail(), SoapRecords.localDate(i.getFrom()), Boolean.TRUE.equals(i.isLeadProfessional()),
                Boolean.TRUE.equals(i.isAssessmentCompleted()), c == null ? null : c.getGivenBy(),
                c == null ? null : c.getGivenByName(), c == null ? null : SoapRecords.localDate(c.getGivenOn()),
                Boolean.TRUE.equals(i.isHarmDeclared()));
    }

    /** Runs a facade call, turning every refusal into the contract's fault. */
    private static <T> T call(Supplier<T> work) throws ChildIndexFault_Exception {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw SoapFaults.of(e);
        }
    }
}
