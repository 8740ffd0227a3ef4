package org.contactpoint.security.apikey;

import org.contactpoint.security.api.PartnerCredential;

/**
 * The bearer key a partner system presented on one request. Once the identity store has accepted it, it also
 * carries the key's rate limit, which the web layer enforces per partner system.
 */
public final class ApiKeyCredential implements PartnerCredential {

    private final ApiKeySecret key;
    private int requestsPerSecond;

    public ApiKeyCredential(ApiKeySecret key) {
        this.key = key;
    }

    public ApiKeySecret key() {
        return key;
    }

    void accepted(int rate) {
        this.requestsPerSecond = rate;
    }

    @Override
    public int requestsPerSecond() {
        return requestsPerSecond;
    }
}
