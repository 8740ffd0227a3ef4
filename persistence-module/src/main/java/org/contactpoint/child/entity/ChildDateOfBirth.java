package org.contactpoint.child.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A date of birth ContactPoint may hold: not in the future, and the person at most 25 years old
 * (children to 18, care leavers with learning difficulties or disabilities to 25).
 */
@Documented
@Constraint(validatedBy = ChildDateOfBirthValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ChildDateOfBirth {
    String message() default "must not be in the future and the person must be 25 or younger";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
