package org.contactpoint.web.view.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.involvement.api.InvolvementForm;
import org.contactpoint.involvement.api.Involvements;
import org.contactpoint.involvement.api.ServiceTypeChoice;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The involvement dialog of portal/child.xhtml: add, change or end the caller's own service's involvement. */
@Named
@ViewScoped
public class InvolvementBacking implements Serializable {

    @EJB
    transient Involvements involvements;

    @Inject
    ChildRecordBacking record;

    private InvolvementFields fields = new InvolvementFields();
    private Long editing;
    private long version;

    public void startNew() {
        fields = new InvolvementFields();
        editing = null;
    }

    public void edit(RecordView.ServiceView service) {
        fields = InvolvementFields.of(service);
        editing = service.involvementId();
        version = service.version();
    }

    public void save() {
        InvolvementForm form = fields.form();
        Boolean done = PageMessages.attempt(() -> {
            if (editing == null) {
                involvements.record(record.getId(), form);
            } else {
                involvements.update(record.getId(), editing, version, form);
            }
            return true;
        }, false);
        if (done) {
            startNew();
            record.reload();
        }
    }

    public void end(RecordView.ServiceView service) {
        Boolean done = PageMessages.attempt(() -> {
            involvements.end(record.getId(), service.involvementId(), LocalDate.now());
            return true;
        }, false);
        if (done) {
            record.reload();
        }
    }

    public List<ServiceTypeChoice> getServiceTypes() { return ServiceTypeChoice.ALL; }
    public InvolvementFields getFields() { return fields; }
    public boolean isEditing() { return editing != null; }
}
