package org.contactpoint.child.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;

public class ChildDateOfBirthValidator implements ConstraintValidator<ChildDateOfBirth, LocalDate> {

    /** Oldest age held: care leavers may stay until their 25th year ends, i.e. until the day before turning 26. */
    public static final int MAX_AGE = 25;

    @Override
    public boolean isValid(LocalDate dateOfBirth, ConstraintValidatorContext context) {
        return dateOfBirth == null || isAcceptable(dateOfBirth, LocalDate.now());
    }

    public static boolean isAcceptable(LocalDate dateOfBirth, LocalDate today) {
        return !dateOfBirth.isAfter(today) && dateOfBirth.plusYears(MAX_AGE + 1L).isAfter(today);
    }
}
