package org.contactpoint.security.login;

import jakarta.security.enterprise.credential.Credential;

import java.util.Arrays;

/** What a user types to sign in: username, password, PIN and the current code of their security token. */
public final class FourFactorCredential implements Credential {

    private final String username;
    private final char[] password;
    private final char[] pin;
    private final String tokenCode;
    private final String clientAddress;

    public FourFactorCredential(String username, char[] password, char[] pin, String tokenCode, String clientAddress) {
        this.username = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        this.password = password == null ? new char[0] : password.clone();
        this.pin = pin == null ? new char[0] : pin.clone();
        this.tokenCode = tokenCode == null ? "" : tokenCode.replace(" ", "");
        this.clientAddress = clientAddress;
    }

    public String username() {
        return username;
    }

    char[] password() {
        return password;
    }

    char[] pin() {
        return pin;
    }

    String tokenCode() {
        return tokenCode;
    }

    public String clientAddress() {
        return clientAddress;
    }

    @Override
    public void clear() {
        Arrays.fill(password, '\0');
        Arrays.fill(pin, '\0');
    }
}
