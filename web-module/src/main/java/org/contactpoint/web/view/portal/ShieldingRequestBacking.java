package org.contactpoint.web.view.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.contactpoint.shielding.api.RequestedGround;
import org.contactpoint.shielding.api.ShieldingRequests;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** The shielding-request dialog of portal/child.xhtml: the record is shielded as soon as the request is made. */
@Named
@ViewScoped
public class ShieldingRequestBacking implements Serializable {

    @EJB
    transient ShieldingRequests shielding;

    @Inject
    ChildRecordBacking record;

    private RequestedGround ground;
    private String justification;
    private boolean onBehalfOfParent;

    public void request() {
        Boolean done = PageMessages.attempt(() -> {
            shielding.request(record.getId(), ground, justification, onBehalfOfParent);
            return true;
        }, false);
        if (done) {
            justification = null;
            record.reload();
        }
    }

    public List<RequestedGround> getGrounds() { return List.of(RequestedGround.values()); }
    public RequestedGround getGround() { return ground; }
    public void setGround(RequestedGround ground) { this.ground = ground; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public boolean isOnBehalfOfParent() { return onBehalfOfParent; }
    public void setOnBehalfOfParent(boolean onBehalfOfParent) { this.onBehalfOfParent = onBehalfOfParent; }
}
