package org.contactpoint.search.control;

import org.contactpoint.child.entity.Gender;

import java.time.LocalDate;

/** One search-key row as the search reads it: the child's row id and the values a score is computed from. */
public record KeyRow(long childId, String familyNorm, String familyMetaphone, String familyMetaphoneAlt, String familyNysiis,
                     String givenNorm, String givenFirst, String givenMetaphone, LocalDate dateOfBirth, Gender gender,
                     String postcode, String postcodeDistrict, String townNorm) {

    /** The columns that fill a KeyRow, in constructor order. */
    static final String SELECT_SQL = "SELECT child_id, family_norm, family_metaphone, family_metaphone_alt, family_nysiis, "
            + "given_norm, given_first, given_metaphone, date_of_birth, gender, postcode, postcode_district, town_norm "
            + "FROM child_search_key";

    static KeyRow of(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KeyRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), Gender.valueOf(rs.getString(10)),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
