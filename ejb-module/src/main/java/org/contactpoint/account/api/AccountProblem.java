package org.contactpoint.account.api;

import org.contactpoint.access.api.RequestProblem;

/** A request about an account that cannot be done as asked; the message names the field and the problem. */
public class AccountProblem extends RequestProblem {

    public AccountProblem(String field, String message) {
        super(field, message);
    }
}
