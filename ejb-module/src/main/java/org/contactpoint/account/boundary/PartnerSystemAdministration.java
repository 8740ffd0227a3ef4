package org.contactpoint.account.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.account.api.AccountProblem;
import org.contactpoint.account.api.IssuedApiKey;
import org.contactpoint.account.api.NewPartnerSystem;
import org.contactpoint.account.api.PartnerSystemView;
import org.contactpoint.account.api.PartnerSystems;
import org.contactpoint.account.control.AccountRegister;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.ApiKey;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Permissions;
import org.contactpoint.security.apikey.ApiKeySecret;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** {@link PartnerSystems}: a team registers and keys its own authority's systems only. */
@Stateless
public class PartnerSystemAdministration implements PartnerSystems {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    AccountRegister register;

    @Resource
    Validator validator;

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.list")
    public List<PartnerSystemView> inAuthority(@AuthorityScope String authority) {
        return register.allIn(authority).stream().filter(Account::isPartnerSystem).map(this::view).toList();
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.register")
    public IssuedApiKey register(@AuthorityScope String authority, NewPartnerSystem system) {
        validator.validate(system).stream().min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new AccountProblem(v.getPropertyPath().toString(), v.getPropertyPath() + " " + v.getMessage());
                });
        if (register.byUsername(system.username()).isPresent()) {
            throw new AccountProblem("username", "The username '" + system.username() + "' is already taken.");
        }
        LocalAuthority la = em.find(LocalAuthority.class, authority);
        if (la == null) {
            throw new AccountProblem("authority", "There is no local authority " + authority + ".");
        }
        Account account = new Account(system.username(), system.name(), system.sourceSystem(), system.name(), la,
                Set.of(Role.PARTNER_SYSTEM), register.now());
        account.activateAsPartnerSystem();
        em.persist(account);
        return issue(account, system.requestsPerSecond());
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.issue-key")
    public IssuedApiKey issueKey(@AuthorityScope String authority, String username) {
        Account account = system(authority, username);
        if (account.isRevoked()) {
            throw new AccountProblem("username", "The partner system '" + username + "' is revoked: register a new one instead.");
        }
        int rate = keys(account).stream().map(ApiKey::requestsPerSecond).findFirst().orElse(100);
        return issue(account, rate);
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("partner-system.revoke-key")
    public void revokeKey(@AuthorityScope String authority, String username, String keyId) {
        Account account = system(authority, username);
        keys(account).stream().filter(k -> k.keyId().equals(keyId)).findFirst()
                .orElseThrow(() -> new AccountProblem("keyId", "The partner system '" + username + "' has no key " + keyId + "."))
                .revoke(register.now());
    }

    private IssuedApiKey issue(Account account, int requestsPerSecond) {
        ApiKeySecret key = ApiKeySecret.generate();
        em.persist(new ApiKey(account, key.keyId(), key.secretSha256(), requestsPerSecond, register.now()));
        return new IssuedApiKey(account.username(), key.keyId(), key.presented());
    }

    private Account system(String authority, String username) {
        Account account = register.inAuthority(authority, username);
        if (!account.isPartnerSystem()) {
            throw new AccountProblem("username", "'" + username + "' is not a partner system.");
        }
        return account;
    }

    private List<ApiKey> keys(Account account) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.account = :a ORDER BY k.createdAt DESC", ApiKey.class)
                .setParameter("a", account).getResultList();
    }

    private PartnerSystemView view(Account a) {
        return new PartnerSystemView(a.username(), a.displayName(), a.organisationCode(), a.status().name(),
                keys(a).stream().map(k -> new PartnerSystemView.Key(k.keyId(), k.requestsPerSecond(), k.createdAt(),
                        k.revokedAt().orElse(null))).toList());
    }
}
