package org.contactpoint.child.entity;

import org.contactpoint.organisation.entity.Setting;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A child's schools are dated by their starts, whatever order the sources sent them in. */
class OrganisationLinksTest {

    private static final LocalDate SEPT_2019 = LocalDate.of(2019, 9, 1);
    private static final LocalDate SEPT_2020 = LocalDate.of(2020, 9, 1);
    private static final LocalDate SEPT_2022 = LocalDate.of(2022, 9, 1);

    private final Child child = new Child(ContactPointId.fromSerial(100_000_001L), "Olivia", "Smith",
            LocalDate.of(2015, 3, 7), Gender.FEMALE, Instant.now());
    private final Setting primary = setting(1L, "122456");
    private final Setting secondary = setting(2L, "122457");
    private final Setting other = setting(3L, "122458");

    @Test
    void aLaterSchoolIsCurrentAndEndsTheOneBefore() {
        child.attend(primary, SEPT_2019, 11L);
        child.attend(secondary, SEPT_2022, 12L);

        assertThat(child.currentSetting()).map(SettingAttendance::setting).contains(secondary);
        assertThat(child.settings()).extracting(SettingAttendance::to).containsExactly(SEPT_2022, null);
    }

    @Test
    void aSchoolSentLateWithAnEarlierStartIsHistoryNotCurrent() {
        child.attend(primary, SEPT_2019);
        child.attend(secondary, SEPT_2022);
        child.attend(other, SEPT_2020);

        assertThat(child.currentSetting()).map(SettingAttendance::setting).contains(secondary);
        assertThat(child.settings()).extracting(SettingAttendance::to).containsExactly(SEPT_2020, null, SEPT_2022);
    }

    @Test
    void theSameSchoolAndStartAgainAddsNothing() {
        child.attend(primary, SEPT_2019);
        child.attend(secondary, SEPT_2022);
        child.attend(primary, SEPT_2019);
        child.attend(secondary, SEPT_2020); // the current school with another start: still the same attendance

        assertThat(child.settings()).hasSize(2);
        assertThat(child.currentSetting()).map(SettingAttendance::setting).contains(secondary);
    }

    @Test
    void returningToAnEarlierSchoolLaterMakesItCurrentAgain() {
        child.attend(primary, SEPT_2019);
        child.attend(secondary, SEPT_2020);
        child.attend(primary, SEPT_2022);

        assertThat(child.currentSetting()).map(SettingAttendance::from).contains(SEPT_2022);
        assertThat(child.settings()).extracting(SettingAttendance::to).containsExactly(SEPT_2020, SEPT_2022, null);
    }

    private static Setting setting(long id, String urn) {
        Setting setting = new Setting(urn, "School " + urn);
        try {
            Field field = Setting.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(setting, id); // as the database gives it
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return setting;
    }
}
