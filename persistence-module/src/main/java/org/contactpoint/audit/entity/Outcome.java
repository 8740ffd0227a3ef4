package org.contactpoint.audit.entity;

/** How an audited call ended: allowed and completed, denied by a permission check, or failed with an error. */
public enum Outcome {
    ALLOWED, DENIED, FAILED
}
