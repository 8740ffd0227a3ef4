package org.contactpoint.consent.entity;

/** Who gave consent to record a sensitive service. */
public enum ConsentGiver {
    YOUNG_PERSON("young-person"), PARENT("parent"), CARER("carer");

    private final String code;

    ConsentGiver(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<ConsentGiver> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
