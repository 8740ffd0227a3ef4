package org.contactpoint.matching.entity;

/** How one field of two records agrees, best first; MISSING when either record lacks the field (weight 0). */
public enum Agreement {
    EXACT, NICKNAME, PHONETIC, SIMILAR, SWAPPED, ONE_PART_OFF, DISTRICT, DIFFERENT, MISSING
}
