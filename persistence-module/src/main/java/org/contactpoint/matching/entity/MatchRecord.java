package org.contactpoint.matching.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What matching compares of a source record or a child: names (given names with any known-as names), date of
 * birth, gender, current postcode and identifiers. Any of them but the names and date may be null.
 */
public record MatchRecord(List<String> givenNames, String familyName, LocalDate dateOfBirth, String gender,
                          String postcode, String nhsNumber, String upn) {

    public MatchRecord {
        givenNames = List.copyOf(givenNames);
    }
}
