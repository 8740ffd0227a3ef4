package org.contactpoint.child.api;

import jakarta.ejb.Local;

/**
 * Opening a child's record (portal, REST and SOAP alike). Needs {@code child:view} for the child's authority and a
 * reason; every view is audited with the reason. What is shown is decided by the projection, never by the caller.
 */
@Local
public interface ChildRecords {

    /**
     * @param reasonDetail optional, at most 200 characters
     * @throws NoSuchChild when no live record the caller may see has this ID
     * @throws org.contactpoint.access.api.RequestProblem for a malformed ID, a missing reason or a too-long detail
     */
    RecordView open(String contactPointId, ViewReason reason, String reasonDetail);
}
