package org.contactpoint.matching.control;

import org.contactpoint.child.entity.Gender;
import org.contactpoint.contactdetails.entity.Address;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurvivorshipTest {

    private static final Instant EARLY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATE = Instant.parse("2026-06-01T00:00:00Z");
    private final Survivorship survivorship = new Survivorship(SourceTrust.configured());

    @Test
    void theMostTrustedSourceWinsEachNamePartEvenWhenOlder() {
        Survivorship.Golden golden = survivorship.of(List.of(
                said("DWP-CB", LATE, 2, "Livvy", "Smyth", LocalDate.of(2015, 7, 3), Gender.FEMALE, null),
                said("NHS-PDS", EARLY, 1, "Olivia", "Smith", LocalDate.of(2015, 3, 7), Gender.FEMALE, null)));

        assertEquals(Optional.of("Olivia"), golden.givenNames());
        assertEquals(Optional.of("Smith"), golden.familyName());
        assertEquals(Optional.of(LocalDate.of(2015, 3, 7)), golden.dateOfBirth());
    }

    @Test
    void amongEquallyTrustedSourcesTheMostRecentWinsAndTiesGoToTheLaterRecord() {
        Address old = new Address("1 Old Road", null, "Leeds", "LS1 1AA");
        Address moved = new Address("2 New Road", null, "York", "YO1 1AA");
        Address sameDay = new Address("3 Same Day", null, "York", "YO1 2AA");

        assertEquals(Optional.of(moved), survivorship.of(List.of(
                said("NHS-PDS", EARLY, 1, "A", "B", null, null, old),
                said("LA-CSC", LATE, 2, "A", "B", null, null, moved))).address());
        assertEquals(Optional.of(sameDay), survivorship.of(List.of(
                said("DWP-CB", LATE, 7, "A", "B", null, null, sameDay),
                said("LA-CSC", LATE, 2, "A", "B", null, null, moved))).address());
    }

    @Test
    void aSourceThatDoesNotStateAPartOrSaysUnknownLeavesItToOthers() {
        Survivorship.Golden golden = survivorship.of(List.of(
                said("NHS-PDS", LATE, 2, "Olivia", "Smith", LocalDate.of(2015, 3, 7), Gender.UNKNOWN, null),
                said("LA-CSC", EARLY, 1, "Olivia", "Smith", LocalDate.of(2015, 3, 7), Gender.FEMALE,
                        new Address("1 Mill Lane", null, "Leeds", null))));

        assertEquals(Optional.of(Gender.FEMALE), golden.gender());
        assertEquals("1 Mill Lane", golden.address().orElseThrow().line1());
        assertTrue(survivorship.of(List.of()).givenNames().isEmpty());
    }

    @Test
    void unlistedSourcesRankAfterListedOnes() {
        Survivorship.Golden golden = survivorship.of(List.of(
                said("LA-HOUSING", LATE, 2, "Olly", "Smith", null, null, null),
                said("LA-CSC", EARLY, 1, "Olivia", "Smith", null, null, null)));

        assertEquals(Optional.of("Olivia"), golden.givenNames());
    }

    @Test
    void aTrustFileMustNameEveryPartAndOnlyThose() {
        Properties p = new Properties();
        p.setProperty("givenNames", "NHS-PDS");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> SourceTrust.of(p));
        assertTrue(missing.getMessage().startsWith("familyName: missing"), missing.getMessage());

        for (SourceTrust.Part part : SourceTrust.Part.values()) {
            p.setProperty(part.key(), "");
        }
        p.setProperty("surname", "NHS-PDS");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceTrust.of(p)).getMessage().startsWith("surname: unknown"));
        p.remove("surname");
        p.setProperty("gender", "NHS-PDS, nhs pds");
        assertEquals("gender: 'nhs pds' is not a source system name",
                assertThrows(IllegalArgumentException.class, () -> SourceTrust.of(p)).getMessage());
    }

    private static Survivorship.Statement said(String source, Instant at, long order, String given, String family,
                                               LocalDate dob, Gender gender, Address address) {
        return new Survivorship.Statement(source, at, order, given, family, dob, gender, address);
    }
}
