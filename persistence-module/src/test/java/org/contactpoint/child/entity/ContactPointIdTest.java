package org.contactpoint.child.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactPointIdTest {

    @Test
    void dammCheckDigitMatchesTheReferenceExample() {
        // Wikipedia's worked example: 572 → check digit 4.
        assertThat(ContactPointId.checkDigit("572")).isEqualTo(4);
    }

    @Test
    void idFromSerialHasTenDigitsAndParsesBack() {
        ContactPointId id = ContactPointId.fromSerial(123_456_789L);
        assertThat(id.value()).hasSize(10).startsWith("123456789");
        assertThat(ContactPointId.parse(id.value())).isEqualTo(id);
        assertThat(ContactPointId.parse(id.formatted())).isEqualTo(id);
    }

    @Test
    void everySingleDigitErrorIsCaught() {
        String valid = ContactPointId.fromSerial(987_654_321L).value();
        for (int position = 0; position < 10; position++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(position) || (position == 0 && d == '0')) {
                    continue;
                }
                String typo = valid.substring(0, position) + d + valid.substring(position + 1);
                assertThat(ContactPointId.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsCaught() {
        for (long serial = 100_000_000L; serial < 100_002_000L; serial++) {
            String valid = ContactPointId.fromSerial(serial).value();
            for (int i = 0; i < 9; i++) {
                if (valid.charAt(i) == valid.charAt(i + 1) || (i == 0 && valid.charAt(1) == '0')) {
                    continue;
                }
                String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
                assertThat(ContactPointId.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void wrongCheckDigitIsRejectedWithAClearMessage() {
        String valid = ContactPointId.fromSerial(555_000_111L).value();
        char wrong = valid.charAt(9) == '9' ? '0' : (char) (valid.charAt(9) + 1);
        assertThatThrownBy(() -> ContactPointId.parse(valid.substring(0, 9) + wrong))
                .isInstanceOf(InvalidContactPointIdException.class)
                .hasMessageContaining("wrong check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12345", "12345678901", "12345abcde", "0123456789"})
    void malformedIdsAreRejected(String text) {
        assertThatThrownBy(() -> ContactPointId.parse(text)).isInstanceOf(InvalidContactPointIdException.class)
                .hasMessageContaining("ContactPoint ID");
    }

    @Test
    void serialsOutsideNineDigitsAreRefused() {
        assertThatThrownBy(() -> ContactPointId.fromSerial(99_999_999L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactPointId.fromSerial(1_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }
}
