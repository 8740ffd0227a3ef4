package org.contactpoint.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.contactpoint.access.api.RequestOrigin;
import org.contactpoint.security.login.FourFactorMechanism;

import java.io.IOException;
import java.time.Duration;

/**
 * Every request: records a page request's origin for the audit trail (partner requests record their own), ends sessions older than 8 hours (the idle limit of
 * 15 minutes is web.xml's), and forbids caching of signed-in pages, which may hold child data.
 */
@WebFilter(urlPatterns = "/*")
public class SessionLimits extends HttpFilter {

    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(8);

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!FourFactorMechanism.isPartnerRequest(request)) {
            // partner requests are REST or SOAP (PartnerRequests): filter order is not fixed, so never overwrite it
            origin.fromPortal(request.getRemoteAddr());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(FourFactorMechanism.SIGNED_IN_AT) instanceof Long signedIn
                && System.currentTimeMillis() - signedIn > ABSOLUTE_LIMIT.toMillis()) {
            request.logout();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + FourFactorMechanism.LOGIN_PAGE + "?expired=true");
            return;
        }
        String path = request.getServletPath();
        if (path.startsWith("/portal/") || path.startsWith("/console/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        SecurityHeaders.apply(response);
        chain.doFilter(request, response);
    }
}
