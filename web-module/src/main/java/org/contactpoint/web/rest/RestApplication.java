package org.contactpoint.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partner systems' REST API, version 1 (docs/api.md; the contract is docs/openapi.yaml). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "ContactPoint partner API", version = "1.0",
        description = "Look up children, record involvement and send source data. Every call is authorised for the "
                + "partner system's account and audited. Errors are application/problem+json (RFC 9457) naming the "
                + "field at fault."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The partner system's API key: Authorization: Bearer cpk_…")
public class RestApplication extends Application {
}
