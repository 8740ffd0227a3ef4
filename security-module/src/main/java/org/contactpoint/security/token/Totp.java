package org.contactpoint.security.token;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The personal security token: TOTP (RFC 6238) with HMAC-SHA1, 30-second steps and 6 digits, so any authenticator
 * app works. A code is accepted for the current step and one step either side (clock drift); the step it matched is
 * returned so the caller can refuse a second use of the same code.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator;

    public Totp() {
        this(DIGITS);
    }

    Totp(int digits) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    /** A new 160-bit secret (RFC 4226's recommended length). */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static long step(Instant at) {
        return at.getEpochSecond() / STEP.getSeconds();
    }

    public String code(byte[] secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("invalid token secret", e);
        }
    }

    /** The time step whose code equals {@code code} within ±1 step of {@code now}, if any. */
    public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + generator.getPasswordLength() + "}")) {
            return OptionalLong.empty();
        }
        for (int drift : new int[]{0, -1, 1}) {
            Instant at = now.plus(STEP.multipliedBy(drift));
            if (constantTimeEquals(code(secret, at), code)) {
                return OptionalLong.of(step(at));
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// URI an authenticator app scans (as a QR code) to add the token. */
    public static String otpauthUri(String username, byte[] secret) {
        String label = URLEncoder.encode("ContactPoint:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret)
                + "&issuer=ContactPoint&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
