package org.contactpoint.shielding.entity;

/** What a ContactPoint management team decided about a shielding request or a shielded record. */
public enum DecisionKind {
    APPROVE, REJECT, REQUEST_MORE_INFORMATION, UNSHIELD
}
