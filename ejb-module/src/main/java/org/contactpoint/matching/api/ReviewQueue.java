package org.contactpoint.matching.api;

import java.io.Serializable;
import java.util.List;

/** A page of a review queue, oldest first, and how many reviews wait in the whole queue. */
public record ReviewQueue(List<ReviewSummary> reviews, long waiting) implements Serializable {
}
