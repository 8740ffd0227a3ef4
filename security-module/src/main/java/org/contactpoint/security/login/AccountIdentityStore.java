package org.contactpoint.security.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.contactpoint.account.entity.Role;
import org.contactpoint.security.apikey.ApiKeyCheck;
import org.contactpoint.security.apikey.ApiKeyCredential;
import org.contactpoint.security.certificate.ClientCertificateCheck;
import org.contactpoint.security.certificate.ClientCertificateCredential;
import org.contactpoint.account.entity.Account;

import java.util.stream.Collectors;

/**
 * The one source of truth for who a caller is: the Account table. Validates four-factor credentials (users) and
 * API keys and client certificates (partner systems), and
 * returns the account's roles as groups (Payara maps groups to roles by name).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginCheck check;

    @Inject
    LoginOutcome outcome;

    @Inject
    ApiKeyCheck apiKeys;

    @Inject
    ClientCertificateCheck certificates;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof ApiKeyCredential key) {
            return apiKeys.check(key).map(AccountIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (credential instanceof ClientCertificateCredential certificate) {
            return certificates.check(certificate).map(AccountIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (!(credential instanceof FourFactorCredential four)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            LoginCheck.Decision decision = check.check(four);
            if (decision.succeeded()) {
                return valid(decision.account());
            }
            if (!decision.lapsed().isEmpty()) {
                outcome.lapsed(decision.lapsed());
            } else {
                outcome.refuse();
            }
            return CredentialValidationResult.INVALID_RESULT;
        } finally {
            four.clear();
        }
    }

    private static CredentialValidationResult valid(Account account) {
        return new CredentialValidationResult(account.username(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
