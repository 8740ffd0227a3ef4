package org.contactpoint.feed.api;

import java.io.Serializable;

/** The child a source record is linked to, and what happened to the record last. */
public record SourceRecordStatus(String sourceRecordId, String contactPointId, String outcome) implements Serializable {
}
