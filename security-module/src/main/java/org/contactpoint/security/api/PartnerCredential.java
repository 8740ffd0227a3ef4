package org.contactpoint.security.api;

import jakarta.security.enterprise.credential.Credential;

/** What a partner system proves itself with on one request (API key or client certificate). */
public interface PartnerCredential extends Credential {

    /** The accepted credential's rate limit (requests per second); 0 until the identity store has accepted it. */
    int requestsPerSecond();
}
