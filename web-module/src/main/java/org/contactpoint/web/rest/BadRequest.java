package org.contactpoint.web.rest;

/** A request the REST layer itself cannot read (parameter or body shape); answered 400 naming the field. */
class BadRequest extends RuntimeException {

    private final String field;

    BadRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
