package org.contactpoint.access.api;

/** The thing asked for is not there, or not there for this caller (the two are never told apart). REST: 404. */
public class NotFoundProblem extends RequestProblem {

    public NotFoundProblem(String field, String message) {
        super(field, message);
    }
}
