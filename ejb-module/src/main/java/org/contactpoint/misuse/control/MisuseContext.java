package org.contactpoint.misuse.control;

import org.contactpoint.misuse.entity.MisuseThresholds;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What the misuse rules look up beyond the page in hand: the database in the server, a scripted stream in tests. */
public interface MisuseContext {

    enum Kind { VIEW, SEARCH }

    record ChildFacts(boolean shielded, String authority) {
    }

    MisuseThresholds thresholds(String authority);

    /** The actor's authority, if it has one. */
    Optional<String> authorityOf(String actor);

    /** The actor's allowed views or searches in {@code (from, to]}. */
    long count(String actor, Kind kind, Instant from, Instant to);

    /** Addresses of the actor's successful sign-ins since {@code since}, before event {@code beforeSeq}. */
    Set<String> signInAddresses(String actor, Instant since, long beforeSeq);

    Optional<ChildFacts> child(String contactPointId);
}
