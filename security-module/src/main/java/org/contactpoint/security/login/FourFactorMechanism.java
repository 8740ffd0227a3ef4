package org.contactpoint.security.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contactpoint.security.apikey.ApiKeyCredential;
import org.contactpoint.security.apikey.ApiKeySecret;
import org.contactpoint.security.api.PartnerCredential;
import org.contactpoint.security.certificate.ClientCertificateCredential;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * How every request is authenticated (one mechanism per application in Jakarta Security):
 * <ul>
 * <li>Users sign in with username, password, PIN and security-token code: the sign-in page hands a
 * {@link FourFactorCredential} to {@code SecurityContext.authenticate}; on success the session id is changed (no
 * fixation) and the session carries the caller. Protected pages redirect to the sign-in page.</li>
 * <li>Partner systems call {@code /api/*} (REST) and {@code /soap/*} (SOAP) with {@code Authorization: Bearer <key>}
 * on every request, or over HTTPS with a registered client certificate (mutual TLS; a key, when sent, is what
 * counts). These paths never use or create a session, so a signed-in browser cannot be used to call them (no
 * cross-site request forgery) and a busy partner leaves no sessions behind. The WSDL and its schemas are public.</li>
 * </ul>
 * Sessions are applied here rather than with {@code @AutoApplySession}, which would create one per API call.
 */
@ApplicationScoped
public class FourFactorMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String SIGNED_IN_AT = "contactpoint.signedInAt";
    /** Request attribute: the accepted key's rate limit (requests per second), enforced by the web layer. */
    public static final String PARTNER_RATE = "contactpoint.partner.requestsPerSecond";

    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        PartnerPath partner = PartnerPath.of(request);
        if (partner != PartnerPath.NONE) {
            return partnerSystem(partner, request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof FourFactorCredential credential) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            return context.notifyContainerAboutLogin(result);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return restoreFromSession(signedIn, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus partnerSystem(PartnerPath path, HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        if (path == PartnerPath.SOAP && isContractRequest(request)) {
            return context.doNothing();
        }
        Optional<PartnerCredential> credential = partnerCredential(request);
        if (credential.isPresent()) {
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.setAttribute(PARTNER_RATE, credential.get().requestsPerSecond());
                return context.notifyContainerAboutLogin(result);
            }
        }
        refuse(path, response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The bearer key when an Authorization header is sent (a wrong key is refused even over mutual TLS, so a partner
     * sees its mistake), else the client certificate the TLS layer verified, if any.
     */
    private static Optional<PartnerCredential> partnerCredential(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return bearer(request).flatMap(ApiKeySecret::parse).<PartnerCredential>map(ApiKeyCredential::new);
        }
        if (request.isSecure() && request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain
                && chain.length > 0) {
            return Optional.of(new ClientCertificateCredential(chain[0]));
        }
        return Optional.empty();
    }

    /** The same answer for no credential, a malformed key, an unknown, revoked or suspended key or certificate. */
    private static void refuse(PartnerPath path, HttpServletResponse response) throws AuthenticationException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"ContactPoint\"");
        try {
            PartnerRefusal.write(response, path == PartnerPath.SOAP, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "A valid API key is required: send it as 'Authorization: Bearer <key>' "
                            + "(or call over HTTPS with a registered client certificate).", "Authorization");
            response.flushBuffer();
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /** {@code GET …?wsdl} or {@code GET …?xsd=…}: the published contract, readable by anyone. */
    private static boolean isContractRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod()) && query != null
                && (query.equalsIgnoreCase("wsdl") || query.toLowerCase(java.util.Locale.ROOT).startsWith("xsd="));
    }

    /** What {@code @AutoApplySession} does: the caller registered in the session at sign-in is the caller again. */
    private static AuthenticationStatus restoreFromSession(Principal signedIn, HttpMessageContext context)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    /** Whether a request is a partner system's (REST or SOAP): the one test of it, for the web layer too. */
    public static boolean isPartnerRequest(HttpServletRequest request) {
        return PartnerPath.of(request) != PartnerPath.NONE;
    }

    /** Which partner channel a request is for, from its decoded, normalised path within the application. */
    enum PartnerPath {
        NONE, REST, SOAP;

        static PartnerPath of(HttpServletRequest request) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (path.startsWith("/api/")) {
                return REST;
            }
            return path.startsWith("/soap/") ? SOAP : NONE;
        }
    }
}
