package org.contactpoint.access.api;

import jakarta.ejb.ApplicationException;

/**
 * A request that cannot be done as asked: the message names the field and the problem, and nothing was changed
 * (the call's transaction rolls back). Pages show it next to the field, REST as problem+json, SOAP as a fault.
 */
@ApplicationException(rollback = true, inherited = true)
public class RequestProblem extends RuntimeException {

    private final String field;

    public RequestProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the request as a whole is refused. */
    public String field() {
        return field;
    }
}
