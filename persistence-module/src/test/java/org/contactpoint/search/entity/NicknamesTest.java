package org.contactpoint.search.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NicknamesTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"Bill,William", "William,Bill", "Liv,Olivia", "Billy,Liam", "Peggy,Margaret", "Alex,Alexander",
            "Alex,Alexandra", "Sasha,Alexander", "Chris,Christine", "Jack,John", "Ted,Edward", "Kate,Katherine",
            "Katie,Kate", "Mo,Muhammad", "Mohammed,Muhammad", "Zach,Zachary", "FREDDIE,Alfred", "Bobby,Roberta"})
    void namesOfOneGroupAreRelated(String a, String b) {
        assertThat(Nicknames.related(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"William,Olivia", "Bill,Robert", "Jack,Jake", "Olivia,Oliver", "Emma,Emily", "Smith,Smith"})
    void namesOfDifferentGroupsOrEqualNamesAreNotRelated(String a, String b) {
        assertThat(Nicknames.related(a, b)).isFalse();
    }

    @Test
    void holdsAtLeastThreeHundredGroups() {
        assertThat(Nicknames.groupCount()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aNameOutsideEveryGroupHasNoGroup() {
        assertThat(Nicknames.groupOf("Xzqy")).isNull();
        assertThat(Nicknames.groupOf("Bill")).isEqualTo("william");
    }
}
