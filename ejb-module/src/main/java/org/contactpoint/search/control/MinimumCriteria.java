package org.contactpoint.search.control;

import org.contactpoint.access.api.RequestProblem;

/**
 * Enough to identify one child, and no more than a look-up (no trawling): an identifier alone; or a family name,
 * a date of birth, year or age range, and one more of given name, gender, postcode or town. Otherwise the
 * practitioner is told what to add.
 */
public final class MinimumCriteria {

    private MinimumCriteria() {
    }

    public static void check(SearchQuery q) {
        if (q.hasIdentifier()) {
            return;
        }
        if (q.familyName() == null) {
            throw new RequestProblem("familyName", "Add the child's family name (or search by ContactPoint ID, NHS number or UPN).");
        }
        if (!q.hasDateOfBirthOrRange()) {
            throw new RequestProblem("dateOfBirth", "Add the child's date of birth, year of birth or an age range.");
        }
        if (q.givenName() == null && q.gender() == null && q.postcode() == null && q.town() == null) {
            throw new RequestProblem("givenName", "Add one more of: given name, gender, postcode or town.");
        }
    }
}
