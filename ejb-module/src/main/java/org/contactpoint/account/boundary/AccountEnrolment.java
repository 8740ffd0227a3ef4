package org.contactpoint.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.account.api.AccountProblem;
import org.contactpoint.account.api.Enrolment;
import org.contactpoint.account.control.AccountRegister;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.AccountStatus;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.audit.api.NotAudited;
import org.contactpoint.security.api.Permissions;
import org.contactpoint.security.password.PasswordPolicy;
import org.contactpoint.security.password.SecretHasher;
import org.contactpoint.security.token.Base32;
import org.contactpoint.security.token.SecretCipher;
import org.contactpoint.security.token.Totp;

import java.util.Arrays;

/** {@link Enrolment}: every step checks the activation code (hash, expiry, PENDING) and is audited. */
@Stateless
public class AccountEnrolment implements Enrolment {

    private static final String INVALID = "The username or activation code is not valid, or the code has expired. "
            + "Ask your ContactPoint management team for a new code.";

    @Inject
    AccountRegister register;

    private final Totp totp = new Totp();

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("account.enrol-begin")
    public TokenOffer begin(String username, @NotAudited String activationCode) {
        Account account = pending(username, activationCode);
        byte[] secret = Totp.newSecret();
        account.offerToken(SecretCipher.fromServerConfiguration().encrypt(secret, account.username()));
        return new TokenOffer(account.username(), Base32.encode(secret), Totp.otpauthUri(account.username(), secret));
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("account.enrol-complete")
    public void complete(String username, @NotAudited String activationCode, char[] password, char[] pin,
                         @NotAudited String tokenCode) {
        Account account = pending(username, activationCode);
        PasswordPolicy.checkPassword(account.username(), password).ifPresent(problem -> {
            throw new AccountProblem("password", "Password " + problem + ".");
        });
        PasswordPolicy.checkPin(pin).ifPresent(problem -> {
            throw new AccountProblem("pin", "PIN " + problem + ".");
        });
        String offered = account.encryptedTokenSecret().orElseThrow(() ->
                new AccountProblem("tokenCode", "Start again: no security token has been set up for this enrolment."));
        byte[] secret = SecretCipher.fromServerConfiguration().decrypt(offered, account.username());
        boolean confirmed = totp.matchingStep(secret, tokenCode, register.now()).isPresent();
        Arrays.fill(secret, (byte) 0);
        if (!confirmed) {
            throw new AccountProblem("tokenCode", "The code does not match the security token: check that the app shows "
                    + "ContactPoint:" + account.username() + " and enter its current 6-digit code.");
        }
        account.activate(SecretHasher.hash(password), SecretHasher.hash(pin), offered);
    }

    private Account pending(String username, String activationCode) {
        Account account = register.byUsername(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(a -> a.status() == AccountStatus.PENDING)
                .filter(a -> a.activationExpiresAt().filter(register.now()::isBefore).isPresent())
                .orElseThrow(() -> new AccountProblem("activationCode", INVALID));
        String code = activationCode == null ? "" : activationCode.trim().toUpperCase(java.util.Locale.ROOT);
        if (!SecretHasher.matches(code.toCharArray(), account.activationCodeHash().orElse(null))) {
            throw new AccountProblem("activationCode", INVALID);
        }
        return account;
    }
}
