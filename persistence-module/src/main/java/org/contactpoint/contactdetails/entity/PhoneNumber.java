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

/** A UK or international telephone number as people write it. Null is allowed; combine with {@code @NotNull} where the field is required. */
@Documented
@Pattern(regexp = "^\\+?[0-9][0-9 ()-]{5,22}$")
@Size(max = 24)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PhoneNumber {
    String message() default "must be a telephone number (digits, spaces, brackets and hyphens, optionally starting with +)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
