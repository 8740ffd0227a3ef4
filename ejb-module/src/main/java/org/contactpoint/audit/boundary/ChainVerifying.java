package org.contactpoint.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.audit.api.ChainVerification;
import org.contactpoint.audit.api.VerificationStatus;
import org.contactpoint.audit.control.ChainVerifier;
import org.contactpoint.security.api.Permissions;

/** {@link ChainVerification}: {@code audit:read} unscoped, which only a reader of every authority's audit holds. */
@Stateless
public class ChainVerifying implements ChainVerification {

    @EJB
    ChainVerifier verifier;

    @Inject
    Callers callers;

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("audit.verify")
    public VerificationStatus start() {
        if (verifier.claim(callers.current().username())) {
            verifier.walk();
        }
        return verifier.status();
    }

    @Override
    @Authorized(Permissions.AUDIT_READ)
    @Audited("audit.verify-status")
    public VerificationStatus status() {
        return verifier.status();
    }
}
