package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.shielding.api.ShieldingCase;
import org.contactpoint.shielding.api.ShieldingDecisions;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** console/shielding.xhtml: the team's queue of shielding requests, its decisions, and overdue reviews. */
@Named
@ViewScoped
public class ConsoleShieldingBacking implements Serializable {

    @EJB
    transient ShieldingDecisions decisions;

    private List<String> authorities = List.of();
    private String authority;
    private List<ShieldingCase> open = List.of();
    private List<ShieldingCase> overdue = List.of();
    private LocalDate reviewOn = LocalDate.now().plusMonths(12);
    private String reason;

    @PostConstruct
    void load() {
        authorities = decisions.decidedAuthorities();
        authority = authorities.isEmpty() ? null : authorities.get(0);
        refresh();
    }

    public void refresh() {
        open = authority == null ? List.of() : PageMessages.attempt(() -> decisions.open(authority), List.of());
        overdue = authority == null ? List.of() : PageMessages.attempt(() -> decisions.overdueReviews(authority), List.of());
    }

    public void approve(long requestId) {
        act(() -> decisions.approve(authority, requestId, reviewOn));
    }

    public void reject(long requestId) {
        act(() -> decisions.reject(authority, requestId, reason));
    }

    public void askForMore(long requestId) {
        act(() -> decisions.askForMoreInformation(authority, requestId, reason));
    }

    public void unshield(long requestId) {
        act(() -> decisions.unshield(authority, requestId, reason));
    }

    private void act(Runnable decision) {
        Boolean done = PageMessages.attempt(() -> {
            decision.run();
            return true;
        }, false);
        if (done) {
            reason = null;
        }
        refresh();
    }

    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public List<ShieldingCase> getOpen() { return open; }
    public List<ShieldingCase> getOverdue() { return overdue; }
    public LocalDate getReviewOn() { return reviewOn; }
    public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
