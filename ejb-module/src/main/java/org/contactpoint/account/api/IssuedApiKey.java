package org.contactpoint.account.api;

/**
 * A new API key, shown to the administrator once: ContactPoint keeps only its hash and cannot show it again.
 *
 * @param key what the partner system sends: {@code Authorization: Bearer <key>}
 */
public record IssuedApiKey(String username, String keyId, String key) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + username + ", " + keyId + "]";
    }
}
