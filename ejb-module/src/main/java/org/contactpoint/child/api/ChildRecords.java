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

    /**
     * An archived record, for the child's authority's ContactPoint team (its data managers) only: within a year of
     * archiving {@link #open} serves too; afterwards only this, on one of the {@link ArchiveReason}s with the
     * enquiry's reference, both audited.
     *
     * @param reference required, at most 200 characters: the enquiry or review it is for
     * @throws NoSuchChild when there is no archived record with this ID that the caller may read
     */
    RecordView openArchived(String contactPointId, ArchiveReason reason, String reference);
}
