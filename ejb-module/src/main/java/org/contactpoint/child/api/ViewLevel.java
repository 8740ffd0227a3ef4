package org.contactpoint.child.api;

/** How much of a record the viewer gets (decided by the EJB layer's RecordProjector, never by a page). */
public enum ViewLevel {
    /** Everything ContactPoint holds that the viewer may see. */
    FULL,
    /** As FULL, but at least one sensitive service is shown as an unspecified service. */
    SENSITIVE_MASKED,
    /** Only name, date of birth, gender and ContactPoint ID, and how to reach the ContactPoint team. */
    SHIELDED
}
