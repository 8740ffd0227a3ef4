package org.contactpoint.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.account.api.AccountProblem;
import org.contactpoint.account.api.AccountView;
import org.contactpoint.account.api.ActivationCode;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.Role;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.password.SecretHasher;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finding accounts within an authority, issuing activation codes, and the console's view of an account. */
@ApplicationScoped
public class AccountRegister {

    public static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public Optional<Account> byUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class).setParameter("u", username)
                .getResultStream().findFirst();
    }

    /** The account, if it belongs to {@code authority} ("*" for national administrators: any). */
    public Account inAuthority(String authority, String username) {
        return byUsername(username)
                .filter(a -> "*".equals(authority) || a.localAuthority().map(LocalAuthority::code).filter(authority::equals).isPresent())
                .orElseThrow(() -> new AccountProblem("username", "There is no account '" + username + "' in your authority."));
    }

    public List<Account> allIn(String authority) {
        return em.createQuery("SELECT a FROM Account a WHERE a.localAuthority.code = :la ORDER BY a.username", Account.class)
                .setParameter("la", authority).setMaxResults(2000).getResultList();
    }

    /** A new one-time code: 4 groups of 4 unambiguous characters; only its hash is stored. */
    public ActivationCode issueActivationCode(Account account) {
        if (account.isRevoked()) {
            throw new AccountProblem("username", "The account '" + account.username() + "' is revoked: create a new account instead.");
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        Instant expires = clock.instant().plus(ACTIVATION_VALIDITY);
        account.startEnrolment(SecretHasher.hash(code.toString().toCharArray()), expires);
        return new ActivationCode(account.username(), code.toString(), expires);
    }

    public static AccountView view(Account a) {
        return new AccountView(a.username(), a.displayName(), a.organisationName(),
                a.localAuthority().map(LocalAuthority::code).orElse(null),
                a.roles().stream().map(Role::name).sorted().collect(Collectors.toCollection(java.util.LinkedHashSet::new)),
                a.status().name(), a.failedAttempts(), a.vetting().contactPointTrainingOn().orElse(null),
                a.vetting().informationSharingTrainingOn().orElse(null), a.vetting().identityCheckedOn().orElse(null),
                a.vetting().enhancedCheckOn().orElse(null));
    }

    public Instant now() {
        return clock.instant();
    }
}
