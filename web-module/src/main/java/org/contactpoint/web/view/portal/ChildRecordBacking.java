package org.contactpoint.web.view.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** portal/child.xhtml?id=…: the reason first, then the record exactly as the EJB layer projected it. */
@Named
@ViewScoped
public class ChildRecordBacking implements Serializable {

    @EJB
    transient ChildRecords records;

    private String id;
    private ViewReason reason;
    private String reasonDetail;
    private RecordView record;

    public void open() {
        record = PageMessages.attempt(() -> records.open(id, reason, reasonDetail), null);
    }

    /** After a change made from this page: the same reason, a new audited view. */
    void reload() {
        open();
    }

    public List<ViewReason> getReasons() { return List.of(ViewReason.values()); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ViewReason getReason() { return reason; }
    public void setReason(ViewReason reason) { this.reason = reason; }
    public String getReasonDetail() { return reasonDetail; }
    public void setReasonDetail(String reasonDetail) { this.reasonDetail = reasonDetail; }
    public RecordView getRecord() { return record; }
    public boolean isOpened() { return record != null; }
}
