package org.contactpoint.audit.api;

import jakarta.ejb.Local;

/**
 * Verifying the audit trail's hash chain from the console (as {@code audit-verify} does from the command line), in
 * the background with progress. National readers of the audit ({@code audit:read} in every authority); audited.
 */
@Local
public interface ChainVerification {

    /** Starts a walk unless one is running on this server; either way answers the current status. */
    VerificationStatus start();

    /** The latest walk's status on this server (NOT_STARTED before the first). */
    VerificationStatus status();
}
