package org.contactpoint.search.control;

import org.contactpoint.child.entity.Gender;

import java.time.LocalDate;

/** One search-key row as the search reads it: the child's row id and the values a score is computed from. */
public record KeyRow(long childId, String familyNorm, String familyMetaphone, String familyMetaphoneAlt, String familyNysiis,
                     String givenNorm, String givenFirst, String givenMetaphone, LocalDate dateOfBirth, Gender gender,
                     String postcode, String postcodeDistrict, String townNorm) {

    /** The columns that fill a KeyRow, in constructor order. */
    static final String SELECT_SQL = "SELECT k.child_id, k.family_norm, k.family_metaphone, k.family_metaphone_alt, "
            + "k.family_nysiis, k.given_norm, k.given_first, k.given_metaphone, k.date_of_birth, k.gender, k.postcode, "
            + "k.postcode_district, k.town_norm FROM child_search_key k";

    static KeyRow of(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KeyRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), Gender.valueOf(rs.getString(10)),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
