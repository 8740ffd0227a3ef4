package org.contactpoint.security.apikey;

import org.contactpoint.security.token.Base32;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A partner system's bearer key: {@code cpk_<key id>_<secret>}, both parts lower-case base32. The key id (80 bits)
 * names the key; the secret (160 random bits) proves it. Only the secret's SHA-256 is stored: with 160 random bits
 * a fast hash cannot be brute-forced, and a slow password hash on every API call would cost the throughput.
 */
public record ApiKeySecret(String keyId, String secret) {

    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("cpk_([a-z2-7]{16})_([a-z2-7]{32})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKeySecret generate() {
        return new ApiKeySecret(randomBase32(10), randomBase32(20));
    }

    /** A key derived from a seed: demo partner systems only, so the run command can print their keys. */
    public static ApiKeySecret derived(String seed) {
        byte[] digest = sha256Bytes("contactpoint-demo-api-key:" + seed);
        return new ApiKeySecret(base32(java.util.Arrays.copyOfRange(digest, 0, 10)),
                base32(java.util.Arrays.copyOfRange(digest, 10, 30)));
    }

    /** Empty for anything not shaped like a key (checked before any database work). */
    public static Optional<ApiKeySecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented.trim());
        return m.matches() ? Optional.of(new ApiKeySecret(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The key as the partner system sends it. */
    public String presented() {
        return "cpk_" + keyId + "_" + secret;
    }

    public String secretSha256() {
        return HexFormat.of().formatHex(sha256Bytes(secret));
    }

    /** Constant-time comparison with a stored hash. */
    public boolean matches(String storedSha256) {
        return MessageDigest.isEqual(secretSha256().getBytes(StandardCharsets.US_ASCII),
                storedSha256.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "cpk_" + keyId + "_…";
    }

    private static String randomBase32(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return base32(b);
    }

    private static String base32(byte[] b) {
        return Base32.encode(b).toLowerCase(Locale.ROOT);
    }

    private static byte[] sha256Bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
