package org.contactpoint.web.rest;

import org.contactpoint.child.api.RecordView;
import org.contactpoint.feed.api.BatchReceipt;
import org.contactpoint.feed.api.BatchStatus;
import org.contactpoint.feed.api.SourceRecordStatus;
import org.contactpoint.search.api.ChildSummary;
import org.contactpoint.search.api.SearchResults;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The REST API's JSON shapes (version 1): the contract partners code against, kept apart from the EJB layer's
 * records so those can change without breaking a partner. Each is built from what the facade returned, so a
 * shielded child's record carries here exactly what the projection left in it.
 */
public final class Representations {

    private Representations() {
    }

    @Schema(name = "ChildSummary", description = "One search result: enough to pick the right child, never a street; "
            + "a shielded child's has no town")
    public record Summary(@Schema(example = "1000000018") String contactPointId, @Schema(example = "Olivia Grace") String givenNames,
                   @Schema(example = "Smith") String familyName, @Schema(type = SchemaType.STRING, format = "date", example = "2015-03-07") LocalDate dateOfBirth,
                   @Schema(example = "female") String gender, @Schema(example = "West Bridgford") String town,
                   boolean shielded, @Schema(description = "How well the child matches: higher is better") int score) {
    }

    @Schema(name = "SearchResults", description = "At most 100 children, best first; truncated: add criteria")
    public record Results(List<Summary> children, boolean truncated) {
    }

    @Schema(name = "ChildRecord", description = "The record as this partner may see it. level SHIELDED: only name, "
            + "date of birth, gender and ContactPoint ID, and how to reach the ContactPoint team")
    public record Record(@Schema(enumeration = {"FULL", "SENSITIVE_MASKED", "SHIELDED"}) String level, String contactPointId,
                  String givenNames, String familyName, @Schema(type = SchemaType.STRING, format = "date") LocalDate dateOfBirth, String gender, boolean shielded,
                  List<String> otherNames, Address address, List<ParentCarer> parentsCarers, Organisation setting,
                  Organisation gpPractice, List<Service> services, Team team) {
    }

    @Schema(name = "Address")
    public record Address(String line1, String line2, String town, String postcode) {
    }

    @Schema(name = "ParentCarer")
    public record ParentCarer(String name, String relationship, boolean parentalResponsibility, String phone, String email,
                       Address address) {
    }

    @Schema(name = "Organisation", description = "A school, nursery, college or GP practice")
    public record Organisation(String code, String name, String phone, String email, @Schema(type = SchemaType.STRING, format = "date") LocalDate from) {
    }

    @Schema(name = "Service", description = "A service working with the child. A masked sensitive service has only "
            + "its label; editable: your own, which you may change or end")
    public record Service(Long involvementId, String serviceType, @Schema(example = "Youth offending") String label,
                   String serviceName, String practitionerName, String phone, String email, @Schema(type = SchemaType.STRING, format = "date") LocalDate from, @Schema(type = SchemaType.STRING, format = "date") LocalDate to,
                   boolean leadProfessional, boolean assessmentCompleted, boolean masked, boolean editable, long version) {
    }

    @Schema(name = "TeamContact", description = "How to reach the ContactPoint team")
    public record Team(String name, String phone, String email) {
    }

    @Schema(name = "BatchReceipt")
    public record Receipt(long batchId, String sourceSystem, @Schema(example = "RECEIVED") String status) {
    }

    @Schema(name = "BatchStatus", description = "A batch's progress, counts per outcome and up to 1000 line outcomes")
    public record Batch(long batchId, String sourceSystem, @Schema(enumeration = {"RECEIVED", "PROCESSING", "DONE", "FAILED"}) String status,
                 long linesRead, long linked, long created, long review, long ignored, long rejected, @Schema(type = SchemaType.STRING, format = "date-time") Instant receivedAt,
                 @Schema(type = SchemaType.STRING, format = "date-time") Instant finishedAt, String matching, String failure, List<Line> lines) {
    }

    @Schema(name = "LineOutcome", description = "One line's outcome: its source record id, the ContactPoint ID and, if "
            + "rejected, the field and reason (never the record's data)")
    public record Line(long line, String sourceRecordId, @Schema(enumeration = {"LINKED", "CREATED", "REVIEW", "IGNORED", "REJECTED"}) String outcome,
                String contactPointId, String field, String reason) {
    }

    @Schema(name = "SourceRecordStatus")
    public record SourceRecord(String sourceRecordId, String contactPointId, String outcome) {
    }

    static Results of(SearchResults r) {
        return new Results(r.children().stream().map(Representations::of).toList(), r.truncated());
    }

    static Summary of(ChildSummary c) {
        return new Summary(c.contactPointId(), c.givenNames(), c.familyName(), c.dateOfBirth(), c.gender(), c.town(),
                c.isShielded(), c.score());
    }

    static Record of(RecordView v) {
        return new Record(v.level().name(), v.contactPointId(), v.givenNames(), v.familyName(), v.dateOfBirth(), v.gender(),
                v.shielded(), v.otherNames(), of(v.address()),
                v.parentsCarers() == null ? List.of() : v.parentsCarers().stream().map(p -> new ParentCarer(p.name(),
                        p.relationship(), p.parentalResponsibility(), p.phone(), p.email(), of(p.address()))).toList(),
                of(v.setting()), of(v.gpPractice()),
                v.services() == null ? List.of() : v.services().stream().map(s -> new Service(s.involvementId(),
                        s.serviceType(), s.serviceTypeLabel(), s.serviceName(), s.practitionerName(), s.phone(), s.email(),
                        s.from(), s.to(), s.leadProfessional(), s.assessmentCompleted(), s.masked(), s.editable(),
                        s.version())).toList(),
                v.team() == null ? null : new Team(v.team().name(), v.team().phone(), v.team().email()));
    }

    private static Address of(RecordView.AddressView a) {
        return a == null ? null : new Address(a.line1(), a.line2(), a.town(), a.postcode());
    }

    private static Organisation of(RecordView.OrganisationView o) {
        return o == null ? null : new Organisation(o.code(), o.name(), o.phone(), o.email(), o.from());
    }

    static Receipt of(BatchReceipt r) {
        return new Receipt(r.batchId(), r.sourceSystem(), r.status());
    }

    static Batch of(BatchStatus b) {
        return new Batch(b.batchId(), b.sourceSystem(), b.status(), b.linesRead(), b.linked(), b.created(), b.review(),
                b.ignored(), b.rejected(), b.receivedAt(), b.finishedAt(), b.matching(), b.failure(),
                b.lines().stream().map(l -> new Line(l.line(), l.sourceRecordId(), l.outcome(), l.contactPointId(),
                        l.field(), l.reason())).toList());
    }

    static SourceRecord of(SourceRecordStatus s) {
        return new SourceRecord(s.sourceRecordId(), s.contactPointId(), s.outcome());
    }
}
