package org.contactpoint.search.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a practitioner or partner system knows of the child they look for. Any field may be null. Enough to
 * identify a child is: a ContactPoint ID, NHS number or UPN alone; or a family name with a date of birth, a year of
 * birth or an age range, and one more of given name, gender, postcode or town.
 *
 * @param gender  female, male, other or unknown
 * @param ageFrom with {@code ageTo}, an age range in whole years (at most 5 years wide)
 */
public record SearchCriteria(String familyName, String givenName, LocalDate dateOfBirth, Integer yearOfBirth,
                             Integer ageFrom, Integer ageTo, String gender, String postcode, String town,
                             String contactPointId, String nhsNumber, String upn) implements Serializable {

    /** A search by name and date of birth only: the commonest case. */
    public static SearchCriteria byName(String familyName, String givenName, LocalDate dateOfBirth) {
        return new SearchCriteria(familyName, givenName, dateOfBirth, null, null, null, null, null, null, null, null, null);
    }

    public static SearchCriteria byContactPointId(String id) {
        return new SearchCriteria(null, null, null, null, null, null, null, null, null, id, null, null);
    }
}
