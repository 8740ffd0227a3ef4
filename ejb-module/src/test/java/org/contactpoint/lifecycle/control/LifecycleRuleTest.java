package org.contactpoint.lifecycle.control;

import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.lifecycle.api.LifecycleAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                   status,   born,       died,       care leaver, archived,   as of,      due
            18th birthday,                            ACTIVE,   2008-06-15, -,          false,       -,          2026-06-15, ARCHIVE_AT_18
            day before the 18th birthday,             ACTIVE,   2008-06-15, -,          false,       -,          2026-06-14, -
            29 February: not yet on 28 February,      ACTIVE,   2008-02-29, -,          false,       -,          2026-02-28, -
            29 February: 18 on 1 March,               ACTIVE,   2008-02-29, -,          false,       -,          2026-03-01, ARCHIVE_AT_18
            28 February birth in a leap year,         ACTIVE,   2010-02-28, -,          false,       -,          2028-02-28, ARCHIVE_AT_18
            28 February birth: not on 27 February,    ACTIVE,   2010-02-28, -,          false,       -,          2028-02-27, -
            care leaver at 20 stays,                  ACTIVE,   2006-01-10, -,          true,        -,          2026-01-10, -
            care leaver the day before 25 stays,      ACTIVE,   2001-01-10, -,          true,        -,          2026-01-09, -
            care leaver at 25,                        ACTIVE,   2001-01-10, -,          true,        -,          2026-01-10, ARCHIVE_AT_25
            died a year ago,                          ACTIVE,   2015-04-01, 2025-05-02, false,       -,          2026-05-02, ARCHIVE_AFTER_DEATH
            died a year ago less a day,               ACTIVE,   2015-04-01, 2025-05-02, false,       -,          2026-05-01, -
            died at 17 and reached 18: death first,   ACTIVE,   2008-01-01, 2025-01-01, false,       -,          2026-01-01, ARCHIVE_AFTER_DEATH
            archived six years ago,                   ARCHIVED, 2000-01-01, -,          false,       2020-03-01, 2026-03-01, PURGE
            archived six years ago less a day,        ARCHIVED, 2000-01-01, -,          false,       2020-03-02, 2026-03-01, -
            merged records are left alone,            MERGED,   2000-01-01, -,          false,       -,          2026-03-01, -
            a young child,                            ACTIVE,   2020-01-01, -,          false,       -,          2026-03-01, -
            """)
    void decidesWhatIsDue(String name, ChildStatus status, String born, String died, boolean careLeaver, String archived,
                          String asOf, LifecycleAction expected) {
        LifecycleRule.Facts facts = new LifecycleRule.Facts(status, date(born), date(died), careLeaver, date(archived));

        assertThat(LifecycleRule.due(facts, LocalDate.parse(asOf))).as(name).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
