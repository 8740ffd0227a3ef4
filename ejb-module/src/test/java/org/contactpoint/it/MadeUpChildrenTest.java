package org.contactpoint.it;

import org.contactpoint.search.entity.NameKeys;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed ITs' made-up children ({@link FeedPathIT.Person}) never meet each other or the portal's fixture children
 * by blocking: a shared birthday or family-name code makes candidates, and a candidate this alike is linked or reviewed.
 */
class MadeUpChildrenTest {

    @Test
    void noTwoShareABirthdayOrAFamilyNameCodeAndNoneIsBornOnAFixtureBirthday() {
        Set<String> codes = new HashSet<>();
        Set<LocalDate> birthdays = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            FeedPathIT.Person p = FeedPathIT.Person.unique();
            String code = NameKeys.metaphone(p.family());
            assertThat(codes.add(code)).as("the code %s of %s is another's", code, p.family()).isTrue();
            assertThat(code).as("the portal's fixture names' codes start with K").doesNotStartWith("K");
            assertThat(birthdays.add(p.dob())).as("%s born on another's birthday", p.family()).isTrue();
            assertThat(FeedPathIT.Person.bornOnAFixtureBirthday(p.dob(), LocalDate.now())).isFalse();
        }
    }

    @Test
    void aFixtureBirthdayIsTodaySomeYearsAgoOrADayEitherSideOrSwapped() {
        LocalDate today = LocalDate.of(2026, 3, 5);
        assertThat(FeedPathIT.Person.bornOnAFixtureBirthday(LocalDate.of(2019, 3, 5), today)).isTrue();
        assertThat(FeedPathIT.Person.bornOnAFixtureBirthday(LocalDate.of(2019, 3, 6), today)).isTrue();
        assertThat(FeedPathIT.Person.bornOnAFixtureBirthday(LocalDate.of(2019, 5, 3), today)).isTrue();
        assertThat(FeedPathIT.Person.bornOnAFixtureBirthday(LocalDate.of(2019, 3, 7), today)).isFalse();
        assertThat(FeedPathIT.Person.bornOnAFixtureBirthday(LocalDate.of(2019, 4, 5), today)).isFalse();
    }
}
