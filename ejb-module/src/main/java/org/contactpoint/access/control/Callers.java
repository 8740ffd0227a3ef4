package org.contactpoint.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.AccountStatus;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Caller;

import java.security.Principal;

/**
 * Who is calling, read from the database once per request (in one query): an account suspended or revoked a second
 * ago is permitted nothing on its next request, on every instance.
 */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityContext securityContext;

    @Inject
    org.contactpoint.access.api.RequestOrigin origin;

    /** Where the current call came from: the request's channel, or SCHEDULE for work with no request (timers). */
    public Channel channel() {
        try {
            return origin.channel();
        } catch (ContextNotActiveException e) {
            return Channel.SCHEDULE;
        }
    }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    CallerOfRequest ofRequest;

    /** Work done on behalf of a named account without an HTTP login: timers, startup jobs, in-container tests. */
    private static final ThreadLocal<String> ACTING_AS = new ThreadLocal<>();

    public <T> T actingAs(String username, java.util.concurrent.Callable<T> work) throws Exception {
        String before = ACTING_AS.get();
        ACTING_AS.set(username);
        try {
            return work.call();
        } finally {
            if (before == null) {
                ACTING_AS.remove();
            } else {
                ACTING_AS.set(before);
            }
        }
    }

    public Caller current() {
        String acting = ACTING_AS.get();
        if (acting != null) {
            return byUsername(acting);
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Caller.anonymous();
        }
        try {
            Caller known = ofRequest.get(principal.getName());
            if (known != null) {
                return known;
            }
            Caller read = byUsername(principal.getName());
            ofRequest.put(principal.getName(), read);
            return read;
        } catch (ContextNotActiveException e) {
            return byUsername(principal.getName());
        }
    }

    private Caller byUsername(String username) {
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.localAuthority LEFT JOIN FETCH a.roles "
                        + "WHERE a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .map(Callers::caller)
                .orElse(Caller.anonymous());
    }

    static Caller caller(Account a) {
        return new Caller(a.username(), a.roles(), a.localAuthority().map(LocalAuthority::code).orElse(null),
                a.organisationCode(), a.serviceType().orElse(null), a.isNationalPartner());
    }
}
