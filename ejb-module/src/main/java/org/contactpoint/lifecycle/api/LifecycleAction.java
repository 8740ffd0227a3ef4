package org.contactpoint.lifecycle.api;

/** What the record lifecycle does to one child's record, and why. */
public enum LifecycleAction {
    ARCHIVE_AT_18("lifecycle.archive-at-18", "Archived at 18"),
    ARCHIVE_AT_25("lifecycle.archive-at-25", "Archived at 25 (care leaver's extension ended)"),
    ARCHIVE_AFTER_DEATH("lifecycle.archive-after-death", "Archived a year after death"),
    PURGE("lifecycle.purge", "Purged six years after archiving");

    private final String auditAction;
    private final String label;

    LifecycleAction(String auditAction, String label) {
        this.auditAction = auditAction;
        this.label = label;
    }

    /** The audit event's action for one child. */
    public String auditAction() {
        return auditAction;
    }

    public String label() {
        return label;
    }
}
