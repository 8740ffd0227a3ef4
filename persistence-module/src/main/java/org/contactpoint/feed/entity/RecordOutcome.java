package org.contactpoint.feed.entity;

/** What happened to one source record of a feed batch (FEED-FORMAT.md). */
public enum RecordOutcome {
    LINKED, CREATED, REVIEW, IGNORED, REJECTED
}
