package org.contactpoint.search.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One search result: enough to pick the right child, never a street. A shielded child's summary has no town and
 * no other name (only name, date of birth, gender and ContactPoint ID).
 *
 * @param town    the current town, or null (always null when shielded)
 * @param badges  such as "Shielded"
 * @param score   how well the child matches the criteria (higher is better)
 */
public record ChildSummary(String contactPointId, String givenNames, String familyName, LocalDate dateOfBirth,
                           String gender, String town, List<String> badges, int score) implements Serializable {

    public static final String SHIELDED = "Shielded";

    public boolean isShielded() {
        return badges.contains(SHIELDED);
    }

    /** The ID grouped 3-3-4, as read aloud on the phone. */
    public String formattedId() {
        return org.contactpoint.child.entity.ContactPointId.format(contactPointId);
    }
}
