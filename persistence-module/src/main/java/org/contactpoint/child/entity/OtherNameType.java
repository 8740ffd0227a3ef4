package org.contactpoint.child.entity;

public enum OtherNameType {
    /** A name the child is known by ("Liv" for Olivia). */
    KNOWN_AS,
    /** A name the child had before, e.g. before adoption or a change of surname. */
    PREVIOUS
}
