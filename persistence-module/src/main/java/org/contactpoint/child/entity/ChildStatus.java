package org.contactpoint.child.entity;

/** Lifecycle of a child's record: live, archived at 18 (or 25, or a year after death), or merged into a survivor. */
public enum ChildStatus {
    ACTIVE, ARCHIVED, MERGED
}
