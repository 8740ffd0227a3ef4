package org.contactpoint.involvement.api;

import jakarta.ejb.Local;

import java.time.LocalDate;

/**
 * Recording the caller's own service's involvement with a child (portal, REST and SOAP alike). Needs
 * {@code involvement:write}; only involvements of the caller's organisation can be changed; every call audited.
 */
@Local
public interface Involvements {

    /** @return the new involvement's id */
    long record(String contactPointId, InvolvementForm form);

    /** @param version the version the caller last saw: a change made since is refused, not overwritten */
    void update(String contactPointId, long involvementId, long version, InvolvementForm form);

    void end(String contactPointId, long involvementId, LocalDate on);
}
