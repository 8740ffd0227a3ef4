package org.contactpoint.contactdetails.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A person's name: the only free text ContactPoint holds about a person, so case information cannot be typed into it. Null is allowed; combine with {@code @NotNull} where the field is required. */
@Documented
@Pattern(regexp = "^\\p{L}[\\p{L}\\p{M}'’ .-]*$")
@Size(max = 100)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PersonName {
    String message() default "must be a name (letters, spaces, hyphens and apostrophes, at most 100 characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
