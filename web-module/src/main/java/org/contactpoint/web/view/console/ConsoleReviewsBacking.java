package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.matching.api.MatchReviews;
import org.contactpoint.matching.api.ReviewComparison;
import org.contactpoint.matching.api.ReviewQueue;
import org.contactpoint.matching.api.ReviewSummary;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * console/reviews.xhtml: a team's queue of uncertain matches, each compared side by side and decided (same person
 * merges, different people is remembered), and undoing a merge by the merged record's ContactPoint ID.
 */
@Named
@ViewScoped
public class ConsoleReviewsBacking implements Serializable {

    @EJB
    transient MatchReviews reviews;

    /** Reviews shown per page: the most a queue page holds. */
    static final int PAGE = 200;

    private List<String> authorities = List.of();
    private String authority;
    private List<ReviewSummary> pending = List.of();
    private long waiting;
    /** The page shows the reviews queued after this one (0: from the oldest). */
    private long after;
    private ReviewComparison comparison;
    private String mergedCpId;
    private String survivorCpId;
    private String done;

    @PostConstruct
    void load() {
        authorities = PageMessages.attempt(() -> reviews.reviewedAuthorities(), List.<String>of());
        authority = authorities.isEmpty() ? null : authorities.get(0);
        refresh();
    }

    /** The queue again from its oldest review (another queue chosen, or a merge undone). */
    public void refresh() {
        after = 0;
        showPage();
    }

    /** The next page: the reviews queued after the last one shown. */
    public void next() {
        if (!pending.isEmpty()) {
            after = pending.get(pending.size() - 1).reviewId();
        }
        showPage();
    }

    /** The page shown again: after a decision the team stays where it was in the queue. */
    private void showPage() {
        comparison = null;
        if (authority != null) {
            ReviewQueue queue = PageMessages.attempt(() -> reviews.pending(authority, after, PAGE), null);
            pending = queue == null ? List.of() : queue.reviews();
            waiting = queue == null ? 0 : queue.waiting();
        }
    }

    public void select(long reviewId) {
        done = null;
        comparison = PageMessages.attempt(() -> reviews.compare(authority, reviewId), null);
    }

    public void samePerson() {
        decide(true);
    }

    public void differentPeople() {
        decide(false);
    }

    private void decide(boolean same) {
        if (comparison == null) {
            return;
        }
        long id = comparison.reviewId();
        String incoming = comparison.incomingCpId();
        String held = comparison.heldCpId();
        Object ok = PageMessages.attempt(() -> {
            reviews.decide(authority, id, same);
            return Boolean.TRUE;
        }, null);
        if (ok != null) {
            done = same ? incoming + " was merged into " + held + "; " + incoming + " now leads to " + held + "."
                    : incoming + " and " + held + " are recorded as different children.";
            showPage();
        }
    }

    public void merge() {
        String survivor = survivorCpId == null ? null : survivorCpId.strip();
        String merged = mergedCpId == null ? null : mergedCpId.strip();
        Object ok = PageMessages.attempt(() -> {
            reviews.merge(authority, survivor, merged);
            return Boolean.TRUE;
        }, null);
        if (ok != null) {
            done = merged + " was merged into " + survivor + ".";
            survivorCpId = null;
            mergedCpId = null;
        }
    }

    public void unmerge() {
        String merged = mergedCpId == null ? null : mergedCpId.strip();
        Object ok = PageMessages.attempt(() -> {
            reviews.unmerge(authority, merged);
            return Boolean.TRUE;
        }, null);
        if (ok != null) {
            done = "The merge of " + merged + " was undone: it is a record of its own again, with its sources and contacts.";
            mergedCpId = null;
            refresh();
        }
    }

    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public List<ReviewSummary> getPending() { return pending; }
    public long getWaiting() { return waiting; }
    public boolean isFromOldest() { return after == 0; }
    public boolean isMoreAfter() { return pending.size() == PAGE; }
    public ReviewComparison getComparison() { return comparison; }
    public String getMergedCpId() { return mergedCpId; }
    public void setMergedCpId(String mergedCpId) { this.mergedCpId = mergedCpId; }
    public String getSurvivorCpId() { return survivorCpId; }
    public void setSurvivorCpId(String survivorCpId) { this.survivorCpId = survivorCpId; }
    public String getDone() { return done; }
}
