package org.contactpoint.search.entity;


import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How two dates of birth agree: exactly, with day and month swapped, or with one of day, month, year wrong. */
public final class DatesOfBirth {

    /** Agreement levels, best first. */
    public enum Agreement { EXACT, SWAPPED, ONE_PART_OFF, DIFFERENT }

    private DatesOfBirth() {
    }

    /** 7 March ↔ 3 July; empty when the swap is no date or the same date. */
    public static Optional<LocalDate> swapped(LocalDate date) {
        if (date.getDayOfMonth() == date.getMonthValue() || date.getDayOfMonth() > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The dates between {@code from} and {@code to} that agree with {@code wanted} at all (exactly, swapped or with
     * one part off): about 45 dates, where a year either side holds over a thousand.
     */
    public static List<LocalDate> agreeing(LocalDate wanted, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (compare(wanted, d) != Agreement.DIFFERENT) {
                dates.add(d);
            }
        }
        return dates;
    }

    public static Agreement compare(LocalDate wanted, LocalDate held) {
        if (wanted.equals(held)) {
            return Agreement.EXACT;
        }
        if (swapped(wanted).filter(held::equals).isPresent()) {
            return Agreement.SWAPPED;
        }
        int same = (wanted.getYear() == held.getYear() ? 1 : 0) + (wanted.getMonthValue() == held.getMonthValue() ? 1 : 0)
                + (wanted.getDayOfMonth() == held.getDayOfMonth() ? 1 : 0);
        return same == 2 ? Agreement.ONE_PART_OFF : Agreement.DIFFERENT;
    }
}
