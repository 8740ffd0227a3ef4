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

/** A UK postcode in capitals, the space optional; {@link Postcodes#normalise} puts it in this form. Null is allowed; combine with {@code @NotNull} where the field is required. */
@Documented
@Pattern(regexp = "^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})$")
@Size(max = 8)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface UkPostcode {
    String message() default "must be a UK postcode such as NG2 7QP";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
