package org.contactpoint.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The sign-in form: username, password, PIN and token code. Verifying them is the Secure access issue's
 * authentication mechanism; until it lands every attempt is refused with the same generic message it will use.
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String REFUSED = "Sign-in failed. Check your details and try again, or contact your ContactPoint management team.";

    private String username;
    private String password;
    private String pin;
    private String tokenCode;

    public String signIn() {
        password = null;
        pin = null;
        tokenCode = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getTokenCode() {
        return tokenCode;
    }

    public void setTokenCode(String tokenCode) {
        this.tokenCode = tokenCode;
    }
}
