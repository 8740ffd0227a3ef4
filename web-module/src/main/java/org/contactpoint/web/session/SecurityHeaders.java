package org.contactpoint.web.session;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every response. PrimeFaces' CSP mode sends its own policy with a per-request nonce for scripts; this
 * second policy adds what that one leaves open (frames, objects, forms, other origins). Browsers enforce both, so
 * scripts still need PrimeFaces' nonce.
 */
public final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.addHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
