package org.contactpoint.web.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.account.api.Enrolment;

import java.io.Serializable;

/** enrol.xhtml: activation code → security token (QR code) → password, PIN and a first token code. */
@Named
@ViewScoped
public class EnrolBacking implements Serializable {

    @EJB
    transient Enrolment enrolment;

    private String username;
    private String activationCode;
    private Enrolment.TokenOffer offer;
    private String password;
    private String pin;
    private String tokenCode;
    private boolean done;

    public void begin() {
        offer = PageMessages.attempt(() -> enrolment.begin(username, activationCode), null);
    }

    public void complete() {
        char[] chosenPassword = PageMessages.chars(password);
        char[] chosenPin = PageMessages.chars(pin);
        String code = tokenCode;
        password = null;
        pin = null;
        tokenCode = null;
        done = PageMessages.attempt(() -> {
            enrolment.complete(username, activationCode, chosenPassword, chosenPin, code);
            return true;
        }, false);
        if (done) {
            offer = null;
        }
    }

    public String getQrCode() {
        return offer == null ? null : QrCode.dataUri(offer.otpauthUri());
    }

    public Enrolment.TokenOffer getOffer() {
        return offer;
    }

    public boolean isDone() {
        return done;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getActivationCode() {
        return activationCode;
    }

    public void setActivationCode(String activationCode) {
        this.activationCode = activationCode;
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
