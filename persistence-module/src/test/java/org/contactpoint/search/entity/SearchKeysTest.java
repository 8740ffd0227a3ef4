package org.contactpoint.search.entity;

import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.contactdetails.entity.Address;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeysTest {

    private static Child child() {
        Child child = new Child(ContactPointId.fromSerial(100_000_001L), "Olivia Grace", "O'Brien-Smith",
                LocalDate.of(2015, 3, 7), Gender.FEMALE, Instant.now());
        child.moveTo(new Address("12 Mill Lane", null, "West Bridgford", "ng27qp"), LocalDate.of(2020, 1, 1), null);
        return child;
    }

    @Test
    void theCurrentNameGivesNormalisedPhoneticNicknameDateAndLocationKeys() {
        ChildSearchKey key = SearchKeys.of(child()).get(0);
        assertThat(key.nameKind()).isEqualTo(NameKind.CURRENT);
        assertThat(key.familyNorm()).isEqualTo("obrien smith");
        assertThat(key.familyMetaphone()).isEqualTo(NameKeys.metaphone("OBrienSmith"));
        assertThat(key.givenNorm()).isEqualTo("olivia grace");
        assertThat(key.givenFirst()).isEqualTo("olivia");
        assertThat(key.givenNicknameGroup()).isEqualTo("olivia");
        assertThat(key.dateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 7));
        assertThat(key.postcode()).isEqualTo("NG2 7QP");
        assertThat(key.postcodeDistrict()).isEqualTo("NG2");
        assertThat(key.townNorm()).isEqualTo("west bridgford");
    }

    @Test
    void knownAsAndPreviousNamesAreSearchableEachWithTheMissingPartFromTheCurrentName() {
        Child child = child();
        child.addOtherName(OtherNameType.KNOWN_AS, "Liv", null);
        child.addOtherName(OtherNameType.PREVIOUS, null, "Kowalski");
        List<ChildSearchKey> keys = SearchKeys.of(child);
        assertThat(keys).extracting(ChildSearchKey::nameKind).containsExactly(NameKind.CURRENT, NameKind.KNOWN_AS, NameKind.PREVIOUS);
        assertThat(keys.get(1).givenFirst()).isEqualTo("liv");
        assertThat(keys.get(1).familyNorm()).isEqualTo("obrien smith");
        assertThat(keys.get(2).familyNorm()).isEqualTo("kowalski");
        assertThat(keys.get(2).givenFirst()).isEqualTo("olivia");
    }

    @Test
    void aNameRepeatedAsAnOtherNameGivesNoSecondRow() {
        Child child = child();
        child.addOtherName(OtherNameType.KNOWN_AS, "OLIVIA GRACE", "O'Brien Smith");
        assertThat(SearchKeys.of(child)).hasSize(1);
    }

    @Test
    void aChildWithoutAnAddressHasNoLocationKeys() {
        Child child = new Child(ContactPointId.fromSerial(100_000_002L), "Jack", "Smith", LocalDate.of(2016, 1, 1),
                Gender.MALE, Instant.now());
        ChildSearchKey key = SearchKeys.of(child).get(0);
        assertThat(key.postcode()).isNull();
        assertThat(key.townNorm()).isNull();
        assertThat(key.givenNicknameGroup()).isEqualTo("john");
    }
}
