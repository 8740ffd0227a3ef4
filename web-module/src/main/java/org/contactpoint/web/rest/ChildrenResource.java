package org.contactpoint.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.search.api.ChildSearch;
import org.contactpoint.search.api.SearchCriteria;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finding a child and opening its record: the portal's facades, so the same criteria, minimum rule, ranking and
 * projection (shielded and sensitive-service aware) apply, and every call is audited with channel REST.
 */
@Path("children")
@Produces(MediaType.APPLICATION_JSON)
public class ChildrenResource {

    static final Set<String> CRITERIA = Set.of("familyName", "givenName", "dateOfBirth", "yearOfBirth", "ageFrom",
            "ageTo", "gender", "postcode", "town", "contactPointId", "nhsNumber", "upn");
    private static final String REASONS = Arrays.stream(ViewReason.values()).map(r -> r.name().toLowerCase(Locale.ROOT)
            .replace('_', '-')).collect(Collectors.joining(", "));

    @Inject
    ChildSearch search;

    @Inject
    ChildRecords records;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Find children", description = "A ContactPoint ID, NHS number or UPN alone; or a family name "
            + "with a date of birth, year of birth or age range, and one more of given name, gender, postcode or town. "
            + "At most 100 children, best match first; truncated=true means add criteria.")
    @APIResponse(responseCode = "200", description = "The matching children",
            content = @Content(schema = @Schema(implementation = Representations.Results.class)))
    @APIResponse(responseCode = "400", description = "A criterion is invalid, unknown or not enough",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Representations.Results find(
            @Parameter(description = "Family name", example = "Smith", schema = @Schema(type = SchemaType.STRING)) @jakarta.ws.rs.QueryParam("familyName") String familyName,
            @Parameter(description = "Given name (nicknames and misspellings are matched)", example = "Olivia") @jakarta.ws.rs.QueryParam("givenName") String givenName,
            @Parameter(description = "Date of birth, ISO", example = "2015-03-07") @jakarta.ws.rs.QueryParam("dateOfBirth") String dateOfBirth,
            @Parameter(description = "Year of birth") @jakarta.ws.rs.QueryParam("yearOfBirth") String yearOfBirth,
            @Parameter(description = "Age range from (years)") @jakarta.ws.rs.QueryParam("ageFrom") String ageFrom,
            @Parameter(description = "Age range to (years, at most 5 wider)") @jakarta.ws.rs.QueryParam("ageTo") String ageTo,
            @Parameter(description = "female, male, other or unknown") @jakarta.ws.rs.QueryParam("gender") String gender,
            @Parameter(description = "Postcode or postcode district", example = "NG2 7QP") @jakarta.ws.rs.QueryParam("postcode") String postcode,
            @Parameter(description = "Town") @jakarta.ws.rs.QueryParam("town") String town,
            @Parameter(description = "ContactPoint ID (10 digits)") @jakarta.ws.rs.QueryParam("contactPointId") String contactPointId,
            @Parameter(description = "NHS number") @jakarta.ws.rs.QueryParam("nhsNumber") String nhsNumber,
            @Parameter(description = "Unique pupil number") @jakarta.ws.rs.QueryParam("upn") String upn) {
        refuseUnknownOrRepeated(uri.getQueryParameters(), CRITERIA);
        return Representations.of(search.find(new SearchCriteria(familyName, givenName, date("dateOfBirth", dateOfBirth),
                number("yearOfBirth", yearOfBirth), number("ageFrom", ageFrom), number("ageTo", ageTo), gender, postcode,
                town, contactPointId, nhsNumber, upn)));
    }

    @GET
    @Path("{cpId}")
    @Operation(summary = "Open a child's record", description = "What the partner system may see: a shielded child's "
            + "record has only name, date of birth, gender and ContactPoint ID; a sensitive service is shown as an "
            + "unspecified service unless the system may see it; national partners never see sensitive services.")
    @APIResponse(responseCode = "200", description = "The record as this partner may see it",
            content = @Content(schema = @Schema(implementation = Representations.Record.class)))
    @APIResponse(responseCode = "404", description = "No such child on ContactPoint",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Representations.Record open(@Parameter(description = "ContactPoint ID (10 digits)", example = "1000000018") @PathParam("cpId") String cpId,
                           @Parameter(description = "Why the record is opened: providing-a-service, safeguarding-concern, "
                                   + "assessment, contacting-a-colleague or checking-before-referral", required = true)
                           @jakarta.ws.rs.QueryParam("reason") String reason,
                           @Parameter(description = "Optional detail, at most 200 characters") @jakarta.ws.rs.QueryParam("reasonDetail") String reasonDetail) {
        refuseUnknownOrRepeated(uri.getQueryParameters(), Set.of("reason", "reasonDetail"));
        return Representations.of(records.open(cpId, reason(reason), reasonDetail));
    }

    static ViewReason reason(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequest("reason", "reason: is required; one of " + REASONS + ".");
        }
        try {
            return ViewReason.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("reason", "reason: must be one of " + REASONS + ".");
        }
    }

    static void refuseUnknownOrRepeated(MultivaluedMap<String, String> given, Set<String> known) {
        for (var entry : given.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new BadRequest(entry.getKey(), entry.getKey() + ": unknown parameter; the parameters are "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ".");
            }
            if (entry.getValue().size() > 1) {
                throw new BadRequest(entry.getKey(), entry.getKey() + ": give it once.");
            }
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequest(field, field + ": must be a date like 2015-03-07.");
        }
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(field, field + ": must be a whole number.");
        }
    }
}
