package org.contactpoint.account.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A partner system as the console lists it, with its keys (ids and dates only). */
public record PartnerSystemView(String username, String name, String sourceSystem, String status,
                                List<Key> keys) implements Serializable {

    public record Key(String keyId, int requestsPerSecond, Instant createdAt, Instant revokedAt) implements Serializable {
        public boolean isRevoked() {
            return revokedAt != null;
        }
    }
}
