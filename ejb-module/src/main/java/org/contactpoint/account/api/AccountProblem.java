package org.contactpoint.account.api;

import jakarta.ejb.ApplicationException;

/** A request about an account that cannot be done as asked; the message names the field and the problem. */
@ApplicationException(rollback = true)
public class AccountProblem extends RuntimeException {

    private final String field;

    public AccountProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
