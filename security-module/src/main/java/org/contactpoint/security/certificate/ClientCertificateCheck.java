package org.contactpoint.security.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.ClientCertificate;

import java.time.Clock;
import java.util.Optional;

/**
 * Checks a presented client certificate against the registered ones on every request, like an API key: a
 * certificate revoked, or an account suspended, a second ago is refused now.
 */
@ApplicationScoped
public class ClientCertificateCheck {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /** The certificate's account when it is registered, usable and its account active; else empty. One read-only query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> check(ClientCertificateCredential credential) {
        Optional<ClientCertificate> registered = em.createQuery("SELECT c FROM ClientCertificate c JOIN FETCH c.account a "
                        + "LEFT JOIN FETCH a.localAuthority LEFT JOIN FETCH a.roles WHERE c.sha256 = :sha256", ClientCertificate.class)
                .setParameter("sha256", credential.sha256()).getResultStream().findFirst()
                .filter(c -> c.isUsableAt(Clock.systemUTC().instant()))
                .filter(c -> c.account().mayActAsPartnerSystem());
        registered.ifPresent(c -> credential.accepted(c.requestsPerSecond()));
        return registered.map(ClientCertificate::account);
    }
}
