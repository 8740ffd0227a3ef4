package org.contactpoint.account.entity;

/** PENDING until enrolment completes; only ACTIVE accounts may log in. */
public enum AccountStatus {
    PENDING, ACTIVE, SUSPENDED, LOCKED, REVOKED
}
