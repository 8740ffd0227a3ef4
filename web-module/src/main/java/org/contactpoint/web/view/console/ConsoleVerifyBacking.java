package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.audit.api.ChainVerification;
import org.contactpoint.audit.api.VerificationStatus;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;

/**
 * The audit page's chain verification, for national readers of the audit: starts the walk in the background and
 * polls its progress until it reports the chain intact or the first broken event.
 */
@Named
@ViewScoped
public class ConsoleVerifyBacking implements Serializable {

    @EJB
    transient ChainVerification verification;

    private boolean permitted;
    private VerificationStatus status = VerificationStatus.notStarted();

    @PostConstruct
    void load() {
        try {
            status = verification.status();
            permitted = true;
        } catch (NotPermittedException e) {
            permitted = false; // the panel is not shown: only national readers verify the whole chain
        }
    }

    public void start() {
        status = PageMessages.attempt(() -> verification.start(), status);
    }

    public void refresh() {
        status = PageMessages.attempt(() -> verification.status(), status);
    }

    public boolean isRunning() {
        return status.state() == VerificationStatus.State.RUNNING;
    }

    public boolean isPermitted() { return permitted; }
    public VerificationStatus getStatus() { return status; }
}
