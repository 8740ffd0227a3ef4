package org.contactpoint.matching.control;

import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.search.entity.SearchKeys;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunk decides from blocking keys whether a record may meet a child the chunk created, so the keys of a record
 * and of the child made from it must be the same.
 */
class BlockingKeysTest {

    private static final LocalDate BORN = LocalDate.of(2014, 3, 9);

    @Test
    void aRecordHasTheKeysOfTheChildMadeFromItAndTheKeyOfItsNamesSwapped() {
        Child child = new Child(ContactPointId.fromSerial(100_000_001L), "Elizabeth Rose", "O'Brien", BORN, Gender.FEMALE, Instant.EPOCH);
        child.addOtherName(OtherNameType.KNOWN_AS, "Beth", null);
        child.moveTo(new Address("12 Mill Lane", null, "West Bridgford", "NG2 7QP"), BORN, null);
        MatchRecord record = new MatchRecord(List.of("Elizabeth Rose", "Beth"), "O'Brien", BORN, "FEMALE", "NG2 7QP",
                "9434765919", null);

        Set<BlockingKeys.Key> childKeys = BlockingKeys.of(SearchKeys.of(child), "9434765919", null);
        Set<BlockingKeys.Key> recordKeys = BlockingKeys.of(record);

        assertThat(recordKeys).containsAll(childKeys);
        assertThat(recordKeys).hasSize(childKeys.size() + 1)
                .contains(new BlockingKeys.Key(BlockingKeys.Pass.FAMILY_BORN, List.of("ALSP0", BORN)));
    }

    @Test
    void eachPassHasItsKeyAndAMissingValueLeavesAPassOut() {
        MatchRecord noPostcode = new MatchRecord(List.of("Oscar"), "Smith", BORN, "MALE", null, null, "A123456789012");
        Set<BlockingKeys.Key> keys = BlockingKeys.of(noPostcode);

        assertThat(keys).extracting(BlockingKeys.Key::pass).containsExactlyInAnyOrder(BlockingKeys.Pass.UPN,
                BlockingKeys.Pass.FAMILY_BORN, BlockingKeys.Pass.FAMILY_BORN, BlockingKeys.Pass.NAMES_YEAR,
                BlockingKeys.Pass.BORN_GIVEN, BlockingKeys.Pass.SHIELDED_BORN, BlockingKeys.Pass.SHIELDED_BORN);
        assertThat(keys).contains(new BlockingKeys.Key(BlockingKeys.Pass.NAMES_YEAR, List.of("ASKR", "SM0", 2014)));
        assertThat(BlockingKeys.of(new MatchRecord(List.of("Oscar"), "Smith", BORN, "MALE", "LS6 2AA", null, null)))
                .contains(new BlockingKeys.Key(BlockingKeys.Pass.DISTRICT_BORN_INITIAL, List.of("LS6", BORN, "o")));
    }

    @Test
    void shieldedChildrenAreMetByTheBirthdayAloneAndByItsDayAndMonthSwapped() {
        // both names mistyped and no postcode: no other pass can meet the child this record may be
        MatchRecord mistyped = new MatchRecord(List.of("Adnrew"), "Hagfnes", BORN, "MALE", null, null, null);
        assertThat(BlockingKeys.of(mistyped)).contains(new BlockingKeys.Key(BlockingKeys.Pass.SHIELDED_BORN, List.of(BORN)),
                new BlockingKeys.Key(BlockingKeys.Pass.SHIELDED_BORN, List.of(LocalDate.of(2014, 9, 3))));

        LocalDate thirteenth = LocalDate.of(2014, 3, 13);
        assertThat(BlockingKeys.of(new MatchRecord(List.of("Adnrew"), "Hagfnes", thirteenth, "MALE", null, null, null)))
                .filteredOn(k -> k.pass() == BlockingKeys.Pass.SHIELDED_BORN)
                .containsExactly(new BlockingKeys.Key(BlockingKeys.Pass.SHIELDED_BORN, List.of(thirteenth)));
        LocalDate sameDayAndMonth = LocalDate.of(2014, 3, 3);
        assertThat(BlockingKeys.of(new MatchRecord(List.of("Adnrew"), "Hagfnes", sameDayAndMonth, "MALE", null, null, null)))
                .filteredOn(k -> k.pass() == BlockingKeys.Pass.SHIELDED_BORN).hasSize(1);
    }

    /**
     * A team's shielding leaves these keys for the feed's chunks ({@link ChunkSequence#shielded}): they must be the
     * keys by which a record meets a shielded child born that day, the swapped date included.
     */
    @Test
    void aShieldedChildIsMetByItsBirthdayAndItsSwappedBirthdayAsARecordLooksForIt() {
        assertThat(BlockingKeys.shieldedBorn(BORN)).containsExactly(
                new BlockingKeys.Key(BlockingKeys.Pass.SHIELDED_BORN, List.of(BORN)),
                new BlockingKeys.Key(BlockingKeys.Pass.SHIELDED_BORN, List.of(LocalDate.of(2014, 9, 3))));
        assertThat(BlockingKeys.shieldedBorn(LocalDate.of(2014, 3, 13))).hasSize(1);
        assertThat(BlockingKeys.shieldedBorn(null)).isEmpty();
        MatchRecord record = new MatchRecord(List.of("Ava"), "Hill", BORN, "FEMALE", null, null, null);
        assertThat(BlockingKeys.of(record)).containsAll(BlockingKeys.shieldedBorn(BORN));
    }
}
