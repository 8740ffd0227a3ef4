package org.contactpoint.child.api;

/**
 * Why a record archived more than a year ago is opened: the only grounds on which it may be (ARCHITECTURE.md),
 * recorded with the view together with the enquiry's reference.
 */
public enum ArchiveReason {
    CHILD_PROTECTION_ENQUIRY("Child-protection enquiry (section 47)"),
    SERIOUS_CASE_REVIEW("Serious case review"),
    CHILD_DEATH_REVIEW("Child-death review");

    private final String label;

    ArchiveReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
