package org.contactpoint.security.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.ApiKey;

import java.util.Optional;

/**
 * Checks a presented key against the database on every request: a key revoked, or an account suspended, a second
 * ago is refused now, on every instance. Only active partner-system accounts hold usable keys.
 */
@ApplicationScoped
public class ApiKeyCheck {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /**
     * The key's account when the key is valid, else empty (no reason given: a caller learns nothing from a refusal).
     * One read-only query, outside any transaction: it runs on every partner request.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> check(ApiKeyCredential credential) {
        ApiKeySecret presented = credential.key();
        Optional<ApiKey> key = em.createQuery("SELECT k FROM ApiKey k JOIN FETCH k.account a LEFT JOIN FETCH a.localAuthority "
                        + "LEFT JOIN FETCH a.roles WHERE k.keyId = :id", ApiKey.class)
                .setParameter("id", presented.keyId()).getResultStream().findFirst()
                .filter(k -> presented.matches(k.secretSha256()))
                .filter(k -> !k.isRevoked())
                .filter(k -> k.account().mayActAsPartnerSystem());
        key.ifPresent(k -> credential.accepted(k.requestsPerSecond()));
        return key.map(ApiKey::account);
    }
}
