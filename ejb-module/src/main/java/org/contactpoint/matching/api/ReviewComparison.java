package org.contactpoint.matching.api;

import java.io.Serializable;
import java.util.List;

/**
 * Two records side by side, field by field, with matching's agreement for each. A shielded record's location is
 * withheld here as everywhere else; only whether the two agree is shown.
 */
public record ReviewComparison(long reviewId, String incomingCpId, String heldCpId, double score, String status,
                               List<Field> fields) implements Serializable {

    /** One field of both records and how they agree (EXACT, NICKNAME, PHONETIC, SIMILAR, … DIFFERENT, MISSING). */
    public record Field(String label, String incoming, String held, String agreement) implements Serializable {
    }
}
