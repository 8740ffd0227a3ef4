package org.contactpoint.web.view.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.child.api.ArchiveReason;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * console/archive.xhtml: the team opens an archived record of its authority for an enquiry or review, with its
 * reference (both audited). Another authority's record, or a live one, is "no child with this ID", as everywhere.
 */
@Named
@ViewScoped
public class ConsoleArchiveBacking implements Serializable {

    @EJB
    transient ChildRecords records;

    private String contactPointId;
    private ArchiveReason reason;
    private String reference;
    private RecordView record;

    public void open() {
        record = PageMessages.attempt(() -> records.openArchived(contactPointId, reason, reference), null);
    }

    public List<ArchiveReason> getReasons() { return List.of(ArchiveReason.values()); }
    public String getContactPointId() { return contactPointId; }
    public void setContactPointId(String contactPointId) { this.contactPointId = contactPointId; }
    public ArchiveReason getReason() { return reason; }
    public void setReason(ArchiveReason reason) { this.reason = reason; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public RecordView getRecord() { return record; }
}
