package org.contactpoint.matching.entity;

import java.util.List;

/** The fields a source record and a child are compared on, with the agreement levels each can take. */
public enum MatchField {
    NHS_NUMBER("nhs", List.of(Agreement.EXACT, Agreement.DIFFERENT)),
    UPN("upn", List.of(Agreement.EXACT, Agreement.DIFFERENT)),
    GIVEN_NAME("given", List.of(Agreement.EXACT, Agreement.NICKNAME, Agreement.PHONETIC, Agreement.SIMILAR, Agreement.DIFFERENT)),
    FAMILY_NAME("family", List.of(Agreement.EXACT, Agreement.PHONETIC, Agreement.SIMILAR, Agreement.DIFFERENT)),
    DATE_OF_BIRTH("dob", List.of(Agreement.EXACT, Agreement.SWAPPED, Agreement.ONE_PART_OFF, Agreement.DIFFERENT)),
    GENDER("gender", List.of(Agreement.EXACT, Agreement.DIFFERENT)),
    POSTCODE("postcode", List.of(Agreement.EXACT, Agreement.DISTRICT, Agreement.DIFFERENT));

    private final String key;
    private final List<Agreement> levels;

    MatchField(String key, List<Agreement> levels) {
        this.key = key;
        this.levels = levels;
    }

    /** The field's name in the weights file. */
    public String key() {
        return key;
    }

    /** Its agreement levels, best first (MISSING is always possible besides). */
    public List<Agreement> levels() {
        return levels;
    }
}
