package org.contactpoint.lifecycle.control;

import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.lifecycle.api.LifecycleAction;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a record is archived or purged (ARCHITECTURE.md): at 18; at 25 for a care leaver who consented to stay; a
 * year after death; purged six years after archiving. An age is reached on the anniversary of the birth date, and
 * for a birth on 29 February on 1 March in other years (asOf − 18 years ≥ date of birth, which the database
 * selections use in the same form).
 */
public final class LifecycleRule {

    static final int ADULT = 18;
    static final int CARE_LEAVER_LIMIT = 25;
    static final int YEARS_KEPT_AFTER_DEATH = 1;
    static final int YEARS_ARCHIVED_BEFORE_PURGE = 6;

    private LifecycleRule() {
    }

    /** The facts the rule reads; {@code archivedOn} and {@code diedOn} may be null. */
    public record Facts(ChildStatus status, LocalDate dateOfBirth, LocalDate diedOn, boolean careLeaverConsent,
                        LocalDate archivedOn) {
    }

    public static Optional<LifecycleAction> due(Facts child, LocalDate asOf) {
        if (child.status() == ChildStatus.ARCHIVED) {
            return child.archivedOn() != null && !child.archivedOn().isAfter(purgeCutoff(asOf))
                    ? Optional.of(LifecycleAction.PURGE) : Optional.empty();
        }
        if (child.status() != ChildStatus.ACTIVE) {
            return Optional.empty();
        }
        if (child.diedOn() != null && !child.diedOn().isAfter(deathCutoff(asOf))) {
            return Optional.of(LifecycleAction.ARCHIVE_AFTER_DEATH);
        }
        if (!child.dateOfBirth().isAfter(bornOnOrBefore(asOf, CARE_LEAVER_LIMIT))) {
            return Optional.of(LifecycleAction.ARCHIVE_AT_25);
        }
        if (!child.careLeaverConsent() && !child.dateOfBirth().isAfter(bornOnOrBefore(asOf, ADULT))) {
            return Optional.of(LifecycleAction.ARCHIVE_AT_18);
        }
        return Optional.empty();
    }

    /** Children born on or before this date have reached {@code age} by {@code asOf}. */
    public static LocalDate bornOnOrBefore(LocalDate asOf, int age) {
        return asOf.minusYears(age);
    }

    /** Died on or before this date: a year has passed by {@code asOf}. */
    public static LocalDate deathCutoff(LocalDate asOf) {
        return asOf.minusYears(YEARS_KEPT_AFTER_DEATH);
    }

    /** Archived on or before this date: six years have passed by {@code asOf}. */
    public static LocalDate purgeCutoff(LocalDate asOf) {
        return asOf.minusYears(YEARS_ARCHIVED_BEFORE_PURGE);
    }
}
