package org.contactpoint.account.api;

import jakarta.ejb.Local;

/**
 * A new user's side of enrolment: with the one-time activation code from their administrator they receive a
 * token secret (shown as a QR code), then choose a password and PIN and confirm with a code from the token.
 * Open to anyone: the activation code is the credential.
 */
@Local
public interface Enrolment {

    /** The token to add to an authenticator app: its secret in base32 and the otpauth:// URI. */
    record TokenOffer(String username, String secretBase32, String otpauthUri) {
    }

    TokenOffer begin(String username, String activationCode);

    void complete(String username, String activationCode, char[] password, char[] pin, String tokenCode);
}
