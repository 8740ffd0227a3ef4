package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.account.api.Accounts;
import org.contactpoint.account.api.IssuedApiKey;
import org.contactpoint.account.api.NewPartnerSystem;
import org.contactpoint.account.api.PartnerSystemView;
import org.contactpoint.account.api.PartnerSystems;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * console/partners.xhtml: the authority's partner systems, registering one, issuing (rotating) and revoking keys,
 * registering and revoking client certificates.
 * A new key is held only by this view, until its next action: a reload or another page never shows it again.
 */
@Named
@ViewScoped
public class ConsolePartnersBacking implements Serializable {

    @EJB
    transient PartnerSystems partners;

    @EJB
    transient Accounts accounts;

    private List<String> authorities = List.of();
    private String authority;
    private List<PartnerSystemView> systems = List.of();
    private String username;
    private String name;
    private String sourceSystem;
    private int requestsPerSecond = 50;
    private transient IssuedApiKey shownOnce;
    private String certificateSystem;
    private String certificatePem;

    @PostConstruct
    void load() {
        authorities = accounts.administeredAuthorities();
        authority = authorities.isEmpty() ? null : authorities.get(0);
        refresh();
    }

    public void refresh() {
        shownOnce = null;
        systems = authority == null ? List.of() : PageMessages.attempt(() -> partners.inAuthority(authority), List.of());
    }

    public void register() {
        IssuedApiKey issued = PageMessages.attempt(() -> partners.register(authority,
                new NewPartnerSystem(username, name, sourceSystem, requestsPerSecond)), null);
        if (issued != null) {
            username = null;
            name = null;
            sourceSystem = null;
        }
        refresh();
        shownOnce = issued;
    }

    public void issueKey(String system) {
        IssuedApiKey issued = PageMessages.attempt(() -> partners.issueKey(authority, system), null);
        refresh();
        shownOnce = issued;
    }

    public void revokeKey(String system, String keyId) {
        PageMessages.attempt(() -> { partners.revokeKey(authority, system, keyId); return null; }, null);
        refresh();
    }

    public void registerCertificate() {
        PartnerSystemView.Certificate registered = PageMessages.attempt(() -> partners.registerCertificate(authority,
                certificateSystem, certificatePem), null);
        if (registered != null) {
            certificatePem = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Certificate registered: " + registered.subject() + " (SHA-256 " + registered.sha256() + ").", null));
        }
        refresh();
    }

    public void revokeCertificate(String system, String sha256) {
        PageMessages.attempt(() -> { partners.revokeCertificate(authority, system, sha256); return null; }, null);
        refresh();
    }

    public String getCertificateSystem() { return certificateSystem; }
    public void setCertificateSystem(String certificateSystem) { this.certificateSystem = certificateSystem; }
    public String getCertificatePem() { return certificatePem; }
    public void setCertificatePem(String certificatePem) { this.certificatePem = certificatePem; }
    public IssuedApiKey getShownOnce() { return shownOnce; }
    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public List<PartnerSystemView> getSystems() { return systems; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSourceSystem() { return sourceSystem; }
    public void setSourceSystem(String sourceSystem) { this.sourceSystem = sourceSystem; }
    public int getRequestsPerSecond() { return requestsPerSecond; }
    public void setRequestsPerSecond(int requestsPerSecond) { this.requestsPerSecond = requestsPerSecond; }
}
