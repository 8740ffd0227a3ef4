package org.contactpoint.child.entity;

/** Gender as recorded by source systems (the feed's female | male | other | unknown). */
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static Gender fromCode(String code) {
        for (Gender g : values()) {
            if (g.code().equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("must be one of female, male, other, unknown");
    }
}
