package org.contactpoint.feed.api;

import java.io.Serializable;

/** A batch accepted for processing. */
public record BatchReceipt(long batchId, String sourceSystem, String status) implements Serializable {
}
