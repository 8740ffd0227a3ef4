package org.contactpoint.web.rest;

import org.contactpoint.involvement.api.InvolvementForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

/**
 * The body of an involvement write. A sensitive service type needs {@code consent} (who gave it, their name and
 * the date) or {@code harmDeclared}; {@code version} is required when changing one.
 */
@Schema(name = "Involvement", description = "Your service's involvement with a child")
public record InvolvementJson(
        @Schema(example = "youth-offending", required = true) String serviceType,
        @Schema(example = "Notts YOT") String serviceName,
        @Schema(example = "J. Patel") String practitionerName,
        @Schema(example = "0115 496 0001") String phone,
        String email,
        @Schema(type = SchemaType.STRING, format = "date", example = "2024-01-10", required = true) LocalDate from,
        boolean leadProfessional,
        boolean assessmentCompleted,
        Consent consent,
        @Schema(description = "Reasonable cause to suspect significant harm (regulation 11(3)) instead of consent") boolean harmDeclared,
        @Schema(description = "The version last read (changes only)") Long version) {

    @Schema(name = "Consent")
    public record Consent(@Schema(example = "young-person", enumeration = {"young-person", "parent", "carer"}) String givenBy,
                          @Schema(example = "Olivia Smith") String givenByName,
                          @Schema(type = SchemaType.STRING, format = "date", example = "2024-01-10") LocalDate givenOn) {
    }

    private static final Set<String> FIELDS = Set.of("serviceType", "serviceName", "practitionerName", "phone", "email",
            "from", "leadProfessional", "assessmentCompleted", "consent", "harmDeclared", "version");
    private static final Set<String> CONSENT = Set.of("givenBy", "givenByName", "givenOn");

    static InvolvementJson read(byte[] body, boolean change) {
        JsonBody b = JsonBody.read(body, FIELDS);
        JsonBody c = b.object("consent", CONSENT);
        Consent consent = c == null ? null : new Consent(c.string("givenBy", true, 20), c.string("givenByName", true, 200),
                c.date("givenOn", true));
        return new InvolvementJson(b.string("serviceType", true, 32), b.string("serviceName", false, 200),
                b.string("practitionerName", false, 200), b.string("phone", false, 40), b.string("email", false, 200),
                b.date("from", true), b.bool("leadProfessional"), b.bool("assessmentCompleted"), consent,
                b.bool("harmDeclared"), change ? Long.valueOf(b.wholeNumber("version")) : null);
    }

    InvolvementForm form() {
        return new InvolvementForm(serviceType, serviceName, practitionerName, phone, email, from, leadProfessional,
                assessmentCompleted, consent == null ? null : consent.givenBy(),
                consent == null ? null : consent.givenByName(), consent == null ? null : consent.givenOn(), harmDeclared);
    }
}
