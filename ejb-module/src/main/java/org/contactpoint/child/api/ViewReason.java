package org.contactpoint.child.api;

/** Why a practitioner opens a child's record: chosen before it opens, and audited with the view. */
public enum ViewReason {
    PROVIDING_A_SERVICE("Providing a service to the child"),
    SAFEGUARDING_CONCERN("Safeguarding concern"),
    ASSESSMENT("Assessment (e.g. CAF)"),
    CONTACTING_A_COLLEAGUE("Trying to contact a colleague working with the child"),
    CHECKING_BEFORE_REFERRAL("Checking details before a referral");

    private final String label;

    ViewReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
