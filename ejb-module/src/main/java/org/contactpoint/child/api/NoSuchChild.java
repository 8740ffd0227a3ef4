package org.contactpoint.child.api;

import org.contactpoint.access.api.NotFoundProblem;

/**
 * No live record with this ContactPoint ID that the caller may see. Deliberately the same for "never existed",
 * "archived" and "not for you": the message reveals nothing about the child.
 */
public class NoSuchChild extends NotFoundProblem {

    public NoSuchChild(String contactPointId) {
        super("contactPointId", "No child with ContactPoint ID " + contactPointId + " is on ContactPoint.");
    }
}
