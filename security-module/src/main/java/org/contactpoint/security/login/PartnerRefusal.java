package org.contactpoint.security.login;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A partner request refused before it reaches a service (no key, rate limit, size, XML hardening): REST gets
 * application/problem+json, SOAP a SOAP 1.1 fault. The one place these bodies are written; details are fixed
 * texts of ours, never request data.
 */
public final class PartnerRefusal {

    private PartnerRefusal() {
    }

    /** @param field the header or part at fault, or null */
    public static void write(HttpServletResponse response, boolean soap, int status, String title, String detail,
                             String field) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (soap) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"http://"
                    + "schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>"
                    + detail + "</faultstring></S:Fault></S:Body></S:Envelope>").getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"" + (field == null ? "" : ",\"field\":\"" + field + "\"") + "}")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
