package org.contactpoint.search.entity;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatesOfBirthTest {

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource({
            "2015-03-07,2015-03-07,EXACT",
            "2015-03-07,2015-07-03,SWAPPED",
            "2015-12-01,2015-01-12,SWAPPED",
            "2015-03-07,2015-03-08,ONE_PART_OFF",
            "2015-03-07,2016-03-07,ONE_PART_OFF",
            "2015-03-07,2015-04-07,ONE_PART_OFF",
            "2015-03-07,2016-04-07,DIFFERENT",
            "2015-03-13,2015-13-03,DIFFERENT"})
    void agreementLevels(String wanted, String held, DatesOfBirth.Agreement expected) {
        // 13 March has no swapped form (there is no month 13): the last row's "held" is unparsable, so use another day
        LocalDate heldDate = held.startsWith("2015-13") ? LocalDate.of(2014, 1, 1) : LocalDate.parse(held);
        assertThat(DatesOfBirth.compare(LocalDate.parse(wanted), heldDate)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} swapped is {1}")
    @CsvSource({"2015-03-07,2015-07-03", "2015-03-13,", "2015-05-05,", "2016-02-29,"})
    void swapOnlyWhenItIsAnotherRealDate(String date, String swapped) {
        assertThat(DatesOfBirth.swapped(LocalDate.parse(date)).map(LocalDate::toString).orElse(null)).isEqualTo(swapped);
    }

    @Test
    void theDatesAgreeingWithOneAreItsOwnItsSwapAndThoseWithOnePartOffInTheRange() {
        LocalDate wanted = LocalDate.of(2015, 3, 7);
        List<LocalDate> dates = DatesOfBirth.agreeing(wanted, LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31));

        assertThat(dates).contains(wanted, LocalDate.of(2015, 7, 3), LocalDate.of(2015, 3, 31), LocalDate.of(2015, 12, 7),
                LocalDate.of(2014, 3, 7), LocalDate.of(2016, 3, 7));
        // 30 other days of March, 11 other months, 2 other years, the date itself and its swap
        assertThat(dates).hasSize(30 + 11 + 2 + 1 + 1).doesNotContain(LocalDate.of(2016, 4, 7), LocalDate.of(2015, 4, 8));
        assertThat(DatesOfBirth.agreeing(wanted, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)))
                .as("a year outside the range is left out").doesNotContain(LocalDate.of(2014, 3, 7), LocalDate.of(2016, 3, 7));
    }
}
