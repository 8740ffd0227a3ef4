package org.contactpoint.shielding.entity;

/** A shielding request's state; the record is shielded provisionally while PENDING or MORE_INFORMATION_NEEDED. */
public enum ShieldingStatus {
    PENDING, MORE_INFORMATION_NEEDED, APPROVED, REJECTED, WITHDRAWN, UNSHIELDED;

    public boolean shieldsTheRecord() {
        return this == PENDING || this == MORE_INFORMATION_NEEDED || this == APPROVED;
    }
}
