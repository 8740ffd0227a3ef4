package org.contactpoint.account.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Partner systems of an authority (its case-management systems), registered by its ContactPoint team (national
 * administrators: any authority). A system authenticates with API keys (each shown once when issued, stored only as
 * a hash, rotated by issuing a new one and revoking the old) or with client certificates (mutual TLS: registered here,
 * pinned by fingerprint; the server's truststore must hold their issuer). Checked against {@code account:admin:<authority>}, audited.
 */
@Local
public interface PartnerSystems {

    List<PartnerSystemView> inAuthority(String authority);

    /** Registers the system, active at once, with its first key. */
    IssuedApiKey register(String authority, NewPartnerSystem system);

    /** Another key for the system (rotation); its other keys keep working until revoked. */
    IssuedApiKey issueKey(String authority, String username);

    /** The key stops working on the system's next request. */
    void revokeKey(String authority, String username, String keyId);

    /**
     * Registers a client certificate (PEM text) on the system, with the rate limit of its keys: from then on the
     * system may call over HTTPS with it instead of a key. Refused if unreadable, expired or registered already.
     */
    PartnerSystemView.Certificate registerCertificate(String authority, String username, String certificate);

    /** The certificate stops working on the system's next request. */
    void revokeCertificate(String authority, String username, String sha256);
}
