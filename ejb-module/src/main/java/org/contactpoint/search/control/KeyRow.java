package org.contactpoint.search.control;

import org.contactpoint.child.entity.Gender;

import java.time.LocalDate;

/** One search-key row as the search reads it: the child's row id and the values a score is computed from. */
public record KeyRow(long childId, String familyNorm, String familyMetaphone, String familyMetaphoneAlt, String familyNysiis,
                     String givenNorm, String givenFirst, String givenMetaphone, LocalDate dateOfBirth, Gender gender,
                     String postcode, String postcodeDistrict, String townNorm) {

    /** The JPQL select list that fills a KeyRow, in constructor order. */
    static final String SELECT = "SELECT k.child.id, k.familyNorm, k.familyMetaphone, k.familyMetaphoneAlt, k.familyNysiis, "
            + "k.givenNorm, k.givenFirst, k.givenMetaphone, k.dateOfBirth, k.gender, k.postcode, k.postcodeDistrict, k.townNorm "
            + "FROM ChildSearchKey k";

    static KeyRow of(Object[] c) {
        return new KeyRow((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], (String) c[5], (String) c[6],
                (String) c[7], (LocalDate) c[8], (Gender) c[9], (String) c[10], (String) c[11], (String) c[12]);
    }
}
