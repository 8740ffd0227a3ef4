package org.contactpoint.security.password;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void longUnusualPassphraseIsAccepted() {
        assertThat(PasswordPolicy.checkPassword("jo.bloggs", "violet kettle harbour 42".toCharArray())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1!", "Password123!", "contactpoint2026", "qwertyuiop123", "aaaaaaaaaaaaaaa",
            "Safeguarding2025!", "Correcthorsebatterystaple"})
    void weakOrCommonPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.checkPassword("jo.bloggs", password.toCharArray())).isPresent();
    }

    @Test
    void passwordContainingTheUsernameIsRefused() {
        assertThat(PasswordPolicy.checkPassword("jo.bloggs", "my name is jo.bloggs ok".toCharArray()))
                .hasValueSatisfying(m -> assertThat(m).contains("username"));
    }

    @Test
    void pinMustBeSixDigitsNotTrivial() {
        assertThat(PasswordPolicy.checkPin("480215".toCharArray())).isEmpty();
        assertThat(PasswordPolicy.checkPin("12345".toCharArray())).isPresent();
        assertThat(PasswordPolicy.checkPin("12a456".toCharArray())).isPresent();
        assertThat(PasswordPolicy.checkPin("111111".toCharArray())).isPresent();
        assertThat(PasswordPolicy.checkPin("123456".toCharArray())).isPresent();
        assertThat(PasswordPolicy.checkPin("654321".toCharArray())).isPresent();
    }

    @Test
    void argon2idHashesVerifyAndAreSalted() {
        String first = SecretHasher.hash("violet kettle harbour 42".toCharArray());
        String second = SecretHasher.hash("violet kettle harbour 42".toCharArray());
        assertThat(first).startsWith("$shiro2$argon2id$").isNotEqualTo(second);
        assertThat(SecretHasher.matches("violet kettle harbour 42".toCharArray(), first)).isTrue();
        assertThat(SecretHasher.matches("violet kettle harbour 43".toCharArray(), first)).isFalse();
        assertThat(SecretHasher.matches("x".toCharArray(), "not a hash")).isFalse();
        assertThat(SecretHasher.matches("x".toCharArray(), null)).isFalse();
    }
}
