package org.contactpoint.web.view;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.account.api.AccountProblem;
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
        try {
            offer = enrolment.begin(username, activationCode);
        } catch (AccountProblem e) {
            problem(e);
        }
    }

    public void complete() {
        try {
            enrolment.complete(username, activationCode, chars(password), chars(pin), tokenCode);
            done = true;
            offer = null;
        } catch (AccountProblem e) {
            problem(e);
        } finally {
            password = null;
            pin = null;
            tokenCode = null;
        }
    }

    private static void problem(AccountProblem e) {
        FacesContext.getCurrentInstance().addMessage(e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
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
