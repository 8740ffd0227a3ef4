package org.contactpoint.security.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in with username, password, PIN and security-token code. The sign-in page hands a {@link FourFactorCredential}
 * to {@code SecurityContext.authenticate}; on success the session id is changed (no fixation) and the session
 * carries the caller. Protected pages redirect to the sign-in page. Partner systems (REST, SOAP) authenticate by
 * API key or client certificate: their paths are left to that mechanism (Partner interfaces issue).
 */
@AutoApplySession
@ApplicationScoped
public class FourFactorMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String SIGNED_IN_AT = "contactpoint.signedInAt";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof FourFactorCredential credential) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected() && context.getCallerPrincipal() == null) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
