package org.contactpoint.matching.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Two records side by side, field by field, with matching's agreement for each, and what each record's sources said
 * (provenance). A shielded record's location is withheld here as everywhere else; only whether the two agree is shown.
 */
public record ReviewComparison(long reviewId, String incomingCpId, String heldCpId, double score, String status,
                               List<Field> fields, List<Said> incomingSources, List<Said> heldSources) implements Serializable {

    /** What one source said about the child, and when it said it; the postcode is null for a shielded record. */
    public record Said(String source, Instant receivedAt, String givenNames, String familyName, LocalDate dateOfBirth,
                       String gender, String postcode) implements Serializable {
    }

    /** One field of both records and how they agree (EXACT, NICKNAME, PHONETIC, SIMILAR, … DIFFERENT, MISSING). */
    public record Field(String label, String incoming, String held, String agreement) implements Serializable {
    }
}
