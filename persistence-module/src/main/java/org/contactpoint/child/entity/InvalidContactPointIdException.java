package org.contactpoint.child.entity;

/** A ContactPoint ID that is malformed or fails its check digit; the message says which and is safe to show. */
public class InvalidContactPointIdException extends IllegalArgumentException {
    public InvalidContactPointIdException(String message) {
        super(message);
    }
}
