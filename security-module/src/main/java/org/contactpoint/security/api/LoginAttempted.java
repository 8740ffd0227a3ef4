package org.contactpoint.security.api;

/**
 * Fired (as a CDI event) after every sign-in attempt, so the EJB layer can audit it: who tried, from where, and
 * how it ended. Never carries a secret or says which factor was wrong.
 */
public record LoginAttempted(String username, String clientAddress, Result result) {

    /** How a sign-in ended. */
    public enum Result { SUCCEEDED, REFUSED, LOCKED_OUT, THROTTLED, PREREQUISITE_LAPSED }
}
