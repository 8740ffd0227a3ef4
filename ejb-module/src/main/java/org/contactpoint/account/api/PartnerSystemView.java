package org.contactpoint.account.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A partner system as the console lists it, with its keys (ids and dates only) and client certificates. */
public record PartnerSystemView(String username, String name, String sourceSystem, String status,
                                List<Key> keys, List<Certificate> certificates) implements Serializable {

    public record Key(String keyId, int requestsPerSecond, Instant createdAt, Instant revokedAt) implements Serializable {
        public boolean isRevoked() {
            return revokedAt != null;
        }
    }

    /** A registered client certificate: its SHA-256 fingerprint (hex) names it. */
    public record Certificate(String sha256, String subject, Instant notAfter, Instant registeredAt, Instant revokedAt)
            implements Serializable {
        public boolean isRevoked() {
            return revokedAt != null;
        }
    }
}
