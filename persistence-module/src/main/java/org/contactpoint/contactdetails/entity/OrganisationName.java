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

/** The name of a setting, GP practice or service. Null is allowed; combine with {@code @NotNull} where the field is required. */
@Documented
@Pattern(regexp = "^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’ &().,/-]*$")
@Size(max = 200)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface OrganisationName {
    String message() default "must be the name of a school, practice or service (letters, digits, spaces and &().,/'- only, at most 200 characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
