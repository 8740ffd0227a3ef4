package org.contactpoint.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.account.api.AccountView;
import org.contactpoint.account.api.Accounts;
import org.contactpoint.account.api.ActivationCode;
import org.contactpoint.account.api.NewAccount;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** console/accounts.xhtml: an authority's accounts, creating them and recording checks, suspending, unlocking. */
@Named
@ViewScoped
public class ConsoleAccountsBacking implements Serializable {

    @EJB
    transient Accounts accounts;

    private List<String> authorities = List.of();
    private String authority;
    private List<AccountView> list = List.of();
    private final NewAccountForm form = new NewAccountForm();
    private LocalDate checkedOn = LocalDate.now();
    private ActivationCode issued;

    @PostConstruct
    void load() {
        authorities = accounts.administeredAuthorities();
        authority = authorities.isEmpty() ? null : authorities.get(0);
        refresh();
    }

    public void refresh() {
        list = authority == null ? List.of() : PageMessages.attempt(() -> accounts.inAuthority(authority), List.of());
    }

    public void create() {
        issued = PageMessages.attempt(() -> accounts.create(authority, new NewAccount(form.username, form.displayName,
                form.organisationCode, form.organisationName, Set.of(form.role), form.serviceType)), null);
        if (issued != null) {
            form.clear();
        }
        refresh();
    }

    public void recordTrainingAndChecks(String username) {
        PageMessages.attempt(() -> {
            accounts.recordTraining(authority, username, checkedOn, checkedOn);
            accounts.recordChecks(authority, username, checkedOn, checkedOn);
            return null;
        }, null);
        refresh();
    }

    public void suspend(String username) {
        PageMessages.attempt(() -> { accounts.suspend(authority, username); return null; }, null);
        refresh();
    }

    public void reinstate(String username) {
        PageMessages.attempt(() -> { accounts.reinstate(authority, username); return null; }, null);
        refresh();
    }

    public void unlock(String username) {
        PageMessages.attempt(() -> { accounts.unlock(authority, username); return null; }, null);
        refresh();
    }

    public void revoke(String username) {
        PageMessages.attempt(() -> { accounts.revoke(authority, username); return null; }, null);
        refresh();
    }

    public void resetToken(String username) {
        issued = PageMessages.attempt(() -> accounts.resetToken(authority, username), null);
        refresh();
    }

    /** The create-account form's fields. */
    public static class NewAccountForm implements Serializable {
        String username;
        String displayName;
        String organisationCode;
        String organisationName;
        String role = "PRACTITIONER";
        String serviceType;

        void clear() {
            username = null;
            displayName = null;
        }

        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getOrganisationCode() { return organisationCode; }
        public void setOrganisationCode(String v) { organisationCode = v; }
        public String getOrganisationName() { return organisationName; }
        public void setOrganisationName(String v) { organisationName = v; }
        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
        public String getServiceType() { return serviceType; }
        public void setServiceType(String v) { serviceType = v; }
    }

    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public List<AccountView> getList() { return list; }
    public NewAccountForm getForm() { return form; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public LocalDate getToday() { return LocalDate.now(); }
    public void setCheckedOn(LocalDate checkedOn) { this.checkedOn = checkedOn; }
    public ActivationCode getIssued() { return issued; }
}
