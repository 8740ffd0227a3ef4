package org.contactpoint.account.entity;

/** Roles of ContactPoint users and systems; the permissions each grants live in security-module. */
public enum Role {
    PRACTITIONER,
    SENSITIVE_SERVICE_PRACTITIONER,
    LA_MANAGEMENT,
    NATIONAL_ADMIN,
    AUDITOR,
    PARTNER_SYSTEM
}
