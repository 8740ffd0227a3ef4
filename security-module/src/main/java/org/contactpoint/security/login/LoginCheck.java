package org.contactpoint.security.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.AccountStatus;
import org.contactpoint.security.api.LoginAttempted;
import org.contactpoint.security.password.SecretHasher;
import org.contactpoint.security.token.SecretCipher;
import org.contactpoint.security.token.Totp;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

/**
 * Checks all four factors and the prerequisites, in a transaction of its own so failure counts are kept even when
 * the sign-in fails. All state (failed attempts, lockout, used token codes, per-address throttling) is in the
 * database, so it holds across instances. The account row is locked for the check, so two simultaneous attempts
 * with the same code cannot both succeed.
 */
@ApplicationScoped
public class LoginCheck {

    public static final int LOCK_AFTER = 5;
    static final int ADDRESS_FAILURES_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Hashed when the username is unknown, so a wrong username takes as long as a wrong password. */
    private static final String DUMMY_HASH = SecretHasher.hash("not a real password".toCharArray());

    /** What the check decided. */
    public record Decision(LoginAttempted.Result result, Account account, List<String> lapsed) {
        boolean succeeded() {
            return result == LoginAttempted.Result.SUCCEEDED;
        }
    }

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Event<LoginAttempted> attempts;

    private final Totp totp = new Totp();
    private Clock clock = Clock.systemUTC();

    /** For tests of time-dependent rules. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision check(FourFactorCredential c) {
        Instant now = clock.instant();
        Decision decision = decide(c, now);
        if (!decision.succeeded() && decision.result() != LoginAttempted.Result.PREREQUISITE_LAPSED) {
            countAddressFailure(c.clientAddress(), now);
        }
        attempts.fire(new LoginAttempted(c.username(), c.clientAddress(), decision.result()));
        return decision;
    }

    private Decision decide(FourFactorCredential c, Instant now) {
        if (addressFailures(c.clientAddress(), now) >= ADDRESS_FAILURES_PER_WINDOW) {
            return new Decision(LoginAttempted.Result.THROTTLED, null, List.of());
        }
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", c.username()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            SecretHasher.matches(c.password(), DUMMY_HASH);
            return new Decision(LoginAttempted.Result.REFUSED, null, List.of());
        }
        if (account.status() != AccountStatus.ACTIVE) {
            SecretHasher.matches(c.password(), DUMMY_HASH);
            return new Decision(account.status() == AccountStatus.LOCKED ? LoginAttempted.Result.LOCKED_OUT
                    : LoginAttempted.Result.REFUSED, account, List.of());
        }
        boolean factorsRight = SecretHasher.matches(c.password(), account.passwordHash().orElse(null))
                & SecretHasher.matches(c.pin(), account.pinHash().orElse(null))
                & tokenAccepted(account, c.tokenCode(), now);
        if (!factorsRight) {
            account.recordFailedLogin(LOCK_AFTER);
            return new Decision(account.status() == AccountStatus.LOCKED ? LoginAttempted.Result.LOCKED_OUT
                    : LoginAttempted.Result.REFUSED, account, List.of());
        }
        List<String> lapsed = Prerequisites.lapsed(account, LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (!lapsed.isEmpty()) {
            return new Decision(LoginAttempted.Result.PREREQUISITE_LAPSED, account, lapsed);
        }
        account.recordLogin(now);
        return new Decision(LoginAttempted.Result.SUCCEEDED, account, List.of());
    }

    /** The code must match within ±1 step and must not have been used before by this account. */
    private boolean tokenAccepted(Account account, String code, Instant now) {
        if (account.encryptedTokenSecret().isEmpty()) {
            return false;
        }
        byte[] secret = SecretCipher.fromServerConfiguration().decrypt(account.encryptedTokenSecret().get(), account.username());
        OptionalLong step = totp.matchingStep(secret, code, now);
        java.util.Arrays.fill(secret, (byte) 0);
        if (step.isEmpty()) {
            return false;
        }
        em.createNativeQuery("DELETE FROM used_token_step WHERE account_id = ?1 AND used_at < ?2")
                .setParameter(1, account.id()).setParameter(2, Timestamp.from(now.minus(Duration.ofMinutes(5)))).executeUpdate();
        long used = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM used_token_step WHERE account_id = ?1 AND time_step = ?2")
                .setParameter(1, account.id()).setParameter(2, step.getAsLong()).getSingleResult()).longValue();
        if (used > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO used_token_step (account_id, time_step, used_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, account.id()).setParameter(2, step.getAsLong()).setParameter(3, Timestamp.from(now)).executeUpdate();
        return true;
    }

    private Timestamp windowStart(Instant now) {
        long seconds = WINDOW.getSeconds();
        return Timestamp.from(Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds));
    }

    /**
     * Failures from the address in this window and the one before: a count that restarted at each window's edge would
     * let an attacker make twice the limit across it (and made a test fail when it ran at a quarter past).
     */
    private int addressFailures(String address, Instant now) {
        if (address == null) {
            return 0;
        }
        List<?> rows = em.createNativeQuery("SELECT failures FROM login_throttle WHERE client_address = ?1 "
                        + "AND window_start IN (?2, ?3)").setParameter(1, address).setParameter(2, windowStart(now))
                .setParameter(3, windowStart(now.minus(WINDOW))).getResultList();
        return rows.stream().mapToInt(r -> ((Number) r).intValue()).sum();
    }

    private void countAddressFailure(String address, Instant now) {
        if (address == null) {
            return;
        }
        int updated = em.createNativeQuery("UPDATE login_throttle SET failures = failures + 1 WHERE client_address = ?1 AND window_start = ?2")
                .setParameter(1, address).setParameter(2, windowStart(now)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO login_throttle (client_address, window_start, failures) VALUES (?1, ?2, 1)")
                    .setParameter(1, address).setParameter(2, windowStart(now)).executeUpdate();
        }
    }
}
