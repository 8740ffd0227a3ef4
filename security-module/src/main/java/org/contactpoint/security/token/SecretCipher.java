package org.contactpoint.security.token;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts token secrets at rest with AES-256-GCM. The key comes from server configuration (the JVM option
 * {@code -Dcontactpoint.token-key=<base64 of 32 bytes>}, generated when a domain is created), never from the
 * repository. Stored form: base64(12-byte nonce ‖ ciphertext ‖ tag), with the account's username as associated data
 * so a secret copied to another account does not decrypt.
 */
public final class SecretCipher {

    public static final String KEY_PROPERTY = "contactpoint.token-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the token key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The cipher configured on this server. @throws IllegalStateException when no key is configured */
    public static SecretCipher fromServerConfiguration() {
        String encoded = System.getProperty(KEY_PROPERTY);
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalStateException("no token key configured: set -D" + KEY_PROPERTY + " (docs/operations.md)");
        }
        return new SecretCipher(Base64.getDecoder().decode(encoded.trim()));
    }

    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public String encrypt(byte[] secret, String username) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a token secret", e);
        }
    }

    /** @throws IllegalStateException when the stored value was altered, or belongs to another account or key */
    public byte[] decrypt(String stored, String username) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            cipher.updateAAD(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(all, 12, all.length - 12);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt the token secret of " + username, e);
        }
    }
}
