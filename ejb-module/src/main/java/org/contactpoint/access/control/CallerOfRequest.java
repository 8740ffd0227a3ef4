package org.contactpoint.access.control;

import jakarta.enterprise.context.RequestScoped;
import org.contactpoint.security.api.Caller;

/**
 * The caller as read once in this request: the authorisation check, the audit event and the facade all ask, and
 * the account row is read once for them. A new request reads it again, so a suspension takes effect at once.
 */
@RequestScoped
class CallerOfRequest {

    private String principal;
    private Caller caller;

    Caller get(String principalName) {
        return principalName.equals(principal) ? caller : null;
    }

    void put(String principalName, Caller read) {
        this.principal = principalName;
        this.caller = read;
    }
}
