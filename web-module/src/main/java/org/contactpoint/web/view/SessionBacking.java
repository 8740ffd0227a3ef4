package org.contactpoint.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.security.Principal;

/** Who is signed in, and signing out (which ends the session). */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    SecurityContext securityContext;

    public String getUsername() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
