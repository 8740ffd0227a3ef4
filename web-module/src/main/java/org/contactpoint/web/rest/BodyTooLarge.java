package org.contactpoint.web.rest;

/** A JSON body over the partner channels' message limit (413). */
class BodyTooLarge extends RuntimeException {
    BodyTooLarge(long limit) {
        super("body: the request body is larger than " + limit / 1024 + " KiB.");
    }
}
