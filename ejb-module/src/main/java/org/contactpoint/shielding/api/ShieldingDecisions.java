package org.contactpoint.shielding.api;

import jakarta.ejb.Local;

import java.time.LocalDate;
import java.util.List;

/**
 * The ContactPoint management team's shielding decisions for its authority. Every method needs
 * {@code shield:decide:<authority>} and is audited; a request of another authority's child is "no such request".
 * Decisions take effect at once in every channel (the projection reads the record's state on every call).
 */
@Local
public interface ShieldingDecisions {

    /** The authorities whose shielding the caller decides (none for most users). */
    List<String> decidedAuthorities();

    /** Requests waiting for a decision (pending or more information asked for), oldest first. */
    List<ShieldingCase> open(String authority);

    /** Approved shields whose review date has passed, most overdue first. */
    List<ShieldingCase> overdueReviews(String authority);

    /** @param reviewOn null for the default, 12 months from today */
    void approve(String authority, long requestId, LocalDate reviewOn);

    /** Lifts the provisional shield; the reason is required. */
    void reject(String authority, long requestId, String reason);

    /** Keeps the provisional shield while the requester is asked for more. */
    void askForMoreInformation(String authority, long requestId, String note);

    /** Lifts an approved shield; the reason is required. */
    void unshield(String authority, long requestId, String reason);
}
