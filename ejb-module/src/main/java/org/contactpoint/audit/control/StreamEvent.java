package org.contactpoint.audit.control;

import org.contactpoint.audit.entity.Outcome;

import java.time.Instant;

/** One audit event as the stream's followers read it (no parameters, no hashes). */
public record StreamEvent(long seq, Instant at, String actor, String actorRole, String authority, String action,
                          String targetCpId, Outcome outcome, String clientAddress) {

    public boolean isRecordView() {
        return outcome == Outcome.ALLOWED && (action.equals("child.view") || action.equals("child.view-archived"));
    }

    public boolean isSearch() {
        return outcome == Outcome.ALLOWED && action.equals("child.search");
    }

    public boolean isLogin() {
        return action.equals("login");
    }
}
