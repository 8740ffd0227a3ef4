package org.contactpoint.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contactpoint.security.login.FourFactorCredential;
import org.contactpoint.security.login.LoginOutcome;

import java.io.IOException;

/** The sign-in form: hands the four factors to the authentication mechanism and shows its one message. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginOutcome outcome;

    private String username;
    private String password;
    private String pin;
    private String tokenCode;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        FourFactorCredential credential = new FourFactorCredential(username, PageMessages.chars(password), PageMessages.chars(pin), tokenCode,
                request.getRemoteAddr());
        password = null;
        pin = null;
        tokenCode = null;
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/portal/home.xhtml");
            faces.responseComplete();
        } else {
            // Post-redirect-get: the failed attempt's request (and anything it held) ends here.
            String lapsed = String.join(",", outcome.lapsedPrerequisites());
            external.redirect(external.getRequestContextPath() + "/login.xhtml?" + (lapsed.isEmpty() ? "refused=true"
                    : "lapsed=" + java.net.URLEncoder.encode(lapsed, java.nio.charset.StandardCharsets.UTF_8)));
            faces.responseComplete();
        }
    }

    /** The message for the page after a failed attempt (from the redirect's parameters), or null. */
    public String getFailure() {
        java.util.Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (params.containsKey("lapsed")) {
            return LoginOutcome.lapsedMessage(java.util.Arrays.asList(params.get("lapsed").split(",")));
        }
        return params.containsKey("refused") ? LoginOutcome.REFUSED : null;
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
