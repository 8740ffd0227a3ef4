package org.contactpoint.security.token;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B, SHA-1 column (8 digits). */
    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
            "2000000000,69279037", "20000000000,65353130"})
    void rfc6238TestVectors(long seconds, String expected) {
        assertThat(new Totp(8).code(RFC_SECRET, Instant.ofEpochSecond(seconds))).isEqualTo(expected);
        // Six digits are the last six of the eight (the same truncation, mod 10^6).
        assertThat(new Totp().code(RFC_SECRET, Instant.ofEpochSecond(seconds))).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsOneStepOfDriftEitherSideAndNoMore() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_700_000_015L);
        String code = totp.code(RFC_SECRET, now);
        assertThat(totp.matchingStep(RFC_SECRET, code, now)).hasValue(Totp.step(now));
        assertThat(totp.matchingStep(RFC_SECRET, code, now.plusSeconds(30))).hasValue(Totp.step(now));
        assertThat(totp.matchingStep(RFC_SECRET, code, now.minusSeconds(30))).hasValue(Totp.step(now));
        assertThat(totp.matchingStep(RFC_SECRET, code, now.plusSeconds(61))).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, code, now.minusSeconds(61))).isEmpty();
    }

    @Test
    void rejectsMalformedCodes() {
        Totp totp = new Totp();
        Instant now = Instant.now();
        assertThat(totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "12345a", now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndOtpauthUriNamesTheAccount() {
        byte[] secret = Totp.newSecret();
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.otpauthUri("jo.bloggs", secret)).startsWith("otpauth://totp/ContactPoint%3Ajo.bloggs?secret=")
                .contains("&digits=6&period=30");
    }

    @Test
    void secretCipherRoundTripsAndBindsTheSecretToItsAccount() {
        SecretCipher cipher = new SecretCipher(java.util.Base64.getDecoder().decode(SecretCipher.newKey()));
        byte[] secret = Totp.newSecret();
        String stored = cipher.encrypt(secret, "jo.bloggs");
        assertThat(stored).doesNotContain(Base32.encode(secret));
        assertThat(cipher.decrypt(stored, "jo.bloggs")).isEqualTo(secret);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cipher.decrypt(stored, "someone.else"))
                .isInstanceOf(IllegalStateException.class);
        SecretCipher otherKey = new SecretCipher(java.util.Base64.getDecoder().decode(SecretCipher.newKey()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> otherKey.decrypt(stored, "jo.bloggs"))
                .isInstanceOf(IllegalStateException.class);
    }
}
