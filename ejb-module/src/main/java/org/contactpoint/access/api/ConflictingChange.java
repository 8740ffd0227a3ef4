package org.contactpoint.access.api;

/** Someone changed the thing since the caller read it: refused rather than overwritten. REST: 409. */
public class ConflictingChange extends RequestProblem {

    public ConflictingChange(String field, String message) {
        super(field, message);
    }
}
