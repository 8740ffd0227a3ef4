package org.contactpoint.web.soap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import org.contactpoint.web.soap.v1.Address;
import org.contactpoint.web.soap.v1.SourceOrganisation;
import org.contactpoint.web.soap.v1.SourceRecord;

import java.util.List;

/**
 * Source records sent over SOAP as the feed's JSON Lines (FEED-FORMAT.md), so they take the one feed path: the
 * same parser, checks and outcomes as a REST batch. Line n of the batch is the n-th record of the request.
 */
final class SourceRecordLines {

    /** Made once: {@code Json.create…} looks the JSON provider up on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

    private SourceRecordLines() {
    }

    static String of(String sourceSystem, List<SourceRecord> records) {
        StringBuilder lines = new StringBuilder();
        for (SourceRecord r : records) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("sourceSystem", sourceSystem)
                    .add("sourceRecordId", r.getSourceRecordId())
                    .add("recordVersion", r.getRecordVersion());
            if (!r.getIdentifier().isEmpty()) {
                JsonObjectBuilder ids = JSON.createObjectBuilder();
                r.getIdentifier().forEach(i -> ids.add(i.getScheme(), i.getValue()));
                o.add("identifiers", ids);
            }
            o.add("givenNames", r.getGivenNames()).add("familyName", r.getFamilyName());
            if (!r.getKnownAs().isEmpty()) {
                JsonArrayBuilder known = JSON.createArrayBuilder();
                r.getKnownAs().forEach(known::add);
                o.add("knownAs", known);
            }
            o.add("dateOfBirth", SoapRecords.localDate(r.getDateOfBirth()).toString()).add("gender", r.getGender().value());
            if (r.getAddress() != null) {
                o.add("address", address(r.getAddress()));
            }
            if (!r.getParentCarer().isEmpty()) {
                JsonArrayBuilder parents = JSON.createArrayBuilder();
                for (SourceRecord.ParentCarer p : r.getParentCarer()) {
                    JsonObjectBuilder pc = JSON.createObjectBuilder().add("name", p.getName())
                            .add("relationship", p.getRelationship()).add("parentalResponsibility", p.isParentalResponsibility());
                    optional(pc, "phone", p.getPhone());
                    if (p.getAddress() != null) {
                        pc.add("address", address(p.getAddress()));
                    }
                    parents.add(pc);
                }
                o.add("parentsCarers", parents);
            }
            if (r.getSetting() != null) {
                o.add("setting", organisation("urn", r.getSetting()));
            }
            if (r.getGpPractice() != null) {
                o.add("gpPractice", organisation("code", r.getGpPractice()));
            }
            lines.append(o.build()).append('\n');
        }
        return lines.toString();
    }

    private static JsonObjectBuilder address(Address a) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        optional(b, "line1", a.getLine1());
        optional(b, "line2", a.getLine2());
        optional(b, "town", a.getTown());
        optional(b, "postcode", a.getPostcode());
        return b;
    }

    private static JsonObjectBuilder organisation(String codeField, SourceOrganisation s) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add(codeField, s.getCode()).add("name", s.getName());
        if (s.getFrom() != null) {
            b.add("from", SoapRecords.localDate(s.getFrom()).toString());
        }
        return b;
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
