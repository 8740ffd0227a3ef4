package org.contactpoint.child.entity;

/** National identifiers that source systems send; each has its own format. */
public enum IdentifierScheme {
    /** NHS number: 10 digits, mod-11 check digit. */
    NHS("\\d{10}"),
    /** Unique pupil number: a check letter, 12 more characters. */
    UPN("[A-Z][0-9]{11}[0-9A-Z]"),
    /** Child benefit / national insurance reference held by benefits systems. */
    CHILD_BENEFIT("[A-Z0-9]{6,16}"),
    /** A local authority's own case-management reference. */
    LA_REFERENCE("[A-Za-z0-9/-]{1,32}");

    private final String format;

    IdentifierScheme(String format) {
        this.format = format;
    }

    public boolean accepts(String value) {
        if (value == null || !value.matches(format)) {
            return false;
        }
        return this != NHS || NhsNumber.isValid(value);
    }
}
