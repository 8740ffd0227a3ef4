package org.contactpoint.child.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NhsNumberTest {

    @Test
    void acceptsPublishedExampleAndRejectsItsTypos() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.isValid("9434765991")).isFalse();
    }

    @Test
    void prefixWhoseCheckWouldBeTenHasNoValidNumber() {
        // 100000005: sum = 10*1 + 2*5 = 20, 20 mod 11 = 9, 11 - 9 = 2 → valid; search one that gives 10.
        String prefix = null;
        for (int i = 0; i < 1000 && prefix == null; i++) {
            String candidate = String.format("40000%04d", i);
            if (NhsNumber.checkDigit(candidate) < 0) {
                prefix = candidate;
            }
        }
        assertThat(prefix).isNotNull();
        for (int d = 0; d <= 9; d++) {
            assertThat(NhsNumber.isValid(prefix + d)).isFalse();
        }
    }

    @Test
    void rejectsWrongLengthAndLetters() {
        assertThat(NhsNumber.isValid(null)).isFalse();
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659191")).isFalse();
        assertThat(NhsNumber.isValid("94347A5919")).isFalse();
    }
}
