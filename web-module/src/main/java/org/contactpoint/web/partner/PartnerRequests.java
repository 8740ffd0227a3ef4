package org.contactpoint.web.partner;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contactpoint.access.api.RequestOrigin;
import org.contactpoint.security.login.FourFactorMechanism;
import org.contactpoint.security.login.PartnerRefusal;

import java.io.IOException;

/**
 * Every partner-system request (REST and SOAP), after the API key was accepted: records the channel for the audit
 * trail, applies the partner's rate limit (429 with Retry-After) and refuses a declared body over the channel's
 * limit (413) before any of it is read. Responses are never cached.
 */
@WebFilter(urlPatterns = {"/api/*", "/soap/*"})
public class PartnerRequests extends HttpFilter {

    /** JSON requests; feed batches have their own, larger limit. */
    public static final long MAX_MESSAGE_BYTES = 256 * 1024;
    /** SOAP requests (SubmitSourceRecords takes up to 1000 records; bulk loads go to the REST batch endpoint). */
    public static final long MAX_SOAP_BYTES = 4L * 1024 * 1024;

    private static final RateLimits LIMITS = new RateLimits();

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean soap = request.getServletPath().startsWith("/soap");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (soap) {
            origin.fromSoap(request.getRemoteAddr());
        } else {
            origin.fromRest(request.getRemoteAddr());
        }
        Object rate = request.getAttribute(FourFactorMechanism.PARTNER_RATE);
        if (request.getUserPrincipal() != null && rate instanceof Integer perSecond) {
            long waitSeconds = LIMITS.acquire(request.getUserPrincipal().getName(), perSecond);
            if (waitSeconds > 0) {
                response.setHeader("Retry-After", Long.toString(waitSeconds));
                refuse(response, soap, 429, "Too Many Requests", "Rate limit of " + perSecond
                        + " requests per second exceeded: retry after " + waitSeconds + " s.");
                return;
            }
        }
        long limit = soap ? MAX_SOAP_BYTES : isFeedBatch(request) ? Long.MAX_VALUE : MAX_MESSAGE_BYTES;
        if (request.getContentLengthLong() > limit) {
            drain(request);
            refuse(response, soap, 413, "Content Too Large", "The request body is larger than " + limit / 1024 + " KiB.");
            return;
        }
        if (soap && "POST".equals(request.getMethod())) {
            XmlMessage.Checked checked = XmlMessage.check(request, limit);
            if (checked.message() == null) {
                boolean tooLarge = "TOO_LARGE".equals(checked.refusal());
                refuse(response, true, tooLarge ? 413 : 400, "Bad Request", tooLarge
                        ? "The request body is larger than " + limit / 1024 + " KiB." : checked.refusal());
                return;
            }
            chain.doFilter(checked.message(), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads and discards a moderately oversized body, so the client, still sending, gets the 413 rather than a
     * broken connection; a body past {@link #DRAIN_AT_MOST} is not read and the connection closes.
     */
    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() <= DRAIN_AT_MOST) {
            request.getInputStream().skipNBytes(request.getContentLengthLong());
        }
    }

    private static final long DRAIN_AT_MOST = 8L * 1024 * 1024;

    private static boolean isFeedBatch(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path != null && path.startsWith("/feeds/") && path.endsWith("/batches") && "POST".equals(request.getMethod());
    }

    private static void refuse(HttpServletResponse response, boolean soap, int status, String title, String detail)
            throws IOException {
        PartnerRefusal.write(response, soap, status, title, detail, null);
    }
}
