package org.contactpoint.security.password;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.hash.format.Shiro2CryptFormat;
import org.apache.shiro.lang.util.ByteSource;
import org.apache.shiro.lang.util.SimpleByteSource;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

/**
 * Argon2id hashes of passwords, PINs, activation codes and API keys, in Shiro's crypt format
 * ({@code $shiro2$argon2id$v=19$t=2,m=19456,p=1$salt$hash}). OWASP's parameters (19 MiB, 2 passes, 1 lane) keep a login
 * about 50 ms; at most {@link #CONCURRENT_HASHES} hashes run at once so a burst of logins cannot exhaust the heap.
 */
public final class SecretHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int CONCURRENT_HASHES = 8;

    private static final Semaphore PERMITS = new Semaphore(CONCURRENT_HASHES, true);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DefaultHashService HASHES = new DefaultHashService();
    /** Verifies any stored argon2 hash, reading its parameters from the crypt string. */
    private static final DefaultPasswordService VERIFIER = new DefaultPasswordService();

    static {
        HASHES.setDefaultAlgorithmName("argon2id");
    }

    private SecretHasher() {
    }

    public static String hash(char[] secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        HashRequest request = new HashRequest.Builder().setAlgorithmName("argon2id").setSource(source(secret))
                .setSalt(new SimpleByteSource(salt))
                .addParameter("Argon2.iterations", Integer.toString(ITERATIONS))
                .addParameter("Argon2.memoryKib", Integer.toString(MEMORY_KIB))
                .addParameter("Argon2.parallelism", Integer.toString(PARALLELISM))
                .build();
        return withPermit(() -> new Shiro2CryptFormat().format(HASHES.computeHash(request)));
    }

    /** True when {@code secret} hashes to {@code stored}; false for a null or malformed stored hash. */
    public static boolean matches(char[] secret, String stored) {
        if (secret == null || stored == null || stored.isBlank()) {
            return false;
        }
        if (!stored.startsWith("$shiro2$argon2id$")) {
            return false;
        }
        return withPermit(() -> {
            try {
                return VERIFIER.passwordsMatch(source(secret), stored);
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private static ByteSource source(char[] secret) {
        byte[] bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret)).array();
        int length = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret)).limit();
        ByteSource source = new SimpleByteSource(Arrays.copyOf(bytes, length));
        Arrays.fill(bytes, (byte) 0);
        return source;
    }

    private static <T> T withPermit(java.util.function.Supplier<T> work) {
        try {
            PERMITS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash", e);
        }
        try {
            return work.get();
        } finally {
            PERMITS.release();
        }
    }
}
