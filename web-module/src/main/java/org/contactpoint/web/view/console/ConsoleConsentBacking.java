package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.consent.api.ConsentRecord;
import org.contactpoint.consent.api.ConsentRegister;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** console/consent.xhtml: a child's sensitive-service consents (withdraw) and a care leaver's consent to stay to 25. */
@Named
@ViewScoped
public class ConsoleConsentBacking implements Serializable {

    @EJB
    transient ConsentRegister register;

    private List<String> authorities = List.of();
    private String authority;
    private String contactPointId;
    private List<ConsentRecord> consents;
    private LocalDate careLeaverConsentOn = LocalDate.now();

    @PostConstruct
    void load() {
        authorities = register.managedAuthorities();
        authority = authorities.isEmpty() ? null : authorities.get(0);
    }

    public void show() {
        consents = PageMessages.attempt(() -> register.ofChild(authority, contactPointId), null);
    }

    public void withdraw(long consentId) {
        PageMessages.attempt(() -> { register.withdraw(authority, contactPointId, consentId); return null; }, null);
        show();
    }

    public void recordCareLeaverConsent() {
        PageMessages.attempt(() -> { register.recordCareLeaverConsent(authority, contactPointId, careLeaverConsentOn); return null; }, null);
    }

    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getContactPointId() { return contactPointId; }
    public void setContactPointId(String contactPointId) { this.contactPointId = contactPointId; }
    public List<ConsentRecord> getConsents() { return consents; }
    public LocalDate getCareLeaverConsentOn() { return careLeaverConsentOn; }
    public void setCareLeaverConsentOn(LocalDate on) { this.careLeaverConsentOn = on; }
}
