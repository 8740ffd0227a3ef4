package org.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.security.api.LoginAttempted;

/** Every sign-in attempt is audited: succeeded (ALLOWED) or not (DENIED, with the kind of refusal, never the factor). */
@ApplicationScoped
public class LoginAudit {

    @Inject
    AuditChain chain;

    void onLogin(@Observes LoginAttempted attempt) {
        boolean ok = attempt.result() == LoginAttempted.Result.SUCCEEDED;
        String username = attempt.username() == null || attempt.username().isBlank() ? "(blank)"
                : attempt.username().substring(0, Math.min(64, attempt.username().length()));
        chain.append(new AuditChain.Entry(username, null, null, Channel.UI, "login", null,
                "{\"result\":\"" + attempt.result() + "\"}", ok ? Outcome.ALLOWED : Outcome.DENIED, attempt.clientAddress()));
    }
}
