package org.contactpoint.search.api;

import org.contactpoint.audit.api.AuditedResult;

import java.io.Serializable;
import java.util.List;

/**
 * The children that match, best first: at most {@link #MAX_RESULTS}. {@code truncated} says there were more, so the
 * practitioner should add criteria rather than page on.
 */
public record SearchResults(List<ChildSummary> children, boolean truncated) implements Serializable, AuditedResult {

    public static final int MAX_RESULTS = 100;
    public static final int PAGE_SIZE = 25;

    @Override
    public List<String> auditedIds() {
        return children.stream().map(ChildSummary::contactPointId).toList();
    }
}
