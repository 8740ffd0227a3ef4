package org.contactpoint.involvement.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of service that work with children. Sexual health, mental health and substance misuse are sensitive
 * services: recorded only with consent (or a declared reasonable cause to suspect significant harm) and shown
 * to most users as an unspecified service.
 */
public enum ServiceType {
    SOCIAL_CARE("social-care", false),
    EARLY_HELP("early-help", false),
    HEALTH_VISITING("health-visiting", false),
    SCHOOL_NURSING("school-nursing", false),
    YOUTH_OFFENDING("youth-offending", false),
    EDUCATION_WELFARE("education-welfare", false),
    SPECIAL_EDUCATIONAL_NEEDS("special-educational-needs", false),
    SPEECH_AND_LANGUAGE("speech-and-language", false),
    YOUTH_SUPPORT("youth-support", false),
    HOUSING("housing", false),
    SEXUAL_HEALTH("sexual-health", true),
    MENTAL_HEALTH("mental-health", true),
    SUBSTANCE_MISUSE("substance-misuse", true);

    private final String code;
    private final boolean sensitive;

    ServiceType(String code, boolean sensitive) {
        this.code = code;
        this.sensitive = sensitive;
    }

    /** The feed's and the permission strings' form, e.g. {@code sensitive:view:mental-health}. */
    public String code() {
        return code;
    }

    /** "mental-health" → "Mental health": how screens name the type. */
    public String label() {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public static Optional<ServiceType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
