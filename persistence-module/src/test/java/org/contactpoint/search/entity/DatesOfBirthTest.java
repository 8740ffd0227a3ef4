package org.contactpoint.search.entity;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

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
}
