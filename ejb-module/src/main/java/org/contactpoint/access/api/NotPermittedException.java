package org.contactpoint.access.api;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this. Screens show "not permitted", REST answers 403 and SOAP a fault; the message names
 * the action, never what the caller would have seen.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String action) {
        super("You are not permitted to " + action + ".");
    }
}
