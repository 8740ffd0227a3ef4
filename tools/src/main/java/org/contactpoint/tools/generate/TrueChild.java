package org.contactpoint.tools.generate;

import java.time.LocalDate;

/**
 * The truth about one generated child, from which each source system's noisy record is derived.
 * {@code key} is what the ground-truth file maps source records to.
 */
record TrueChild(String key, long index, String givenName, String middleName, String familyName, LocalDate dateOfBirth,
                 String gender, String nhsNumber, String upn, String childBenefitRef, Area.Organisation school,
                 boolean twin) {

    String givenNames() {
        return middleName == null ? givenName : givenName + " " + middleName;
    }
}
