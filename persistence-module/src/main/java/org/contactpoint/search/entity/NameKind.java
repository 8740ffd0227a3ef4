package org.contactpoint.search.entity;

/** Which of a child's names a search key row was computed from. */
public enum NameKind {
    CURRENT, KNOWN_AS, PREVIOUS
}
