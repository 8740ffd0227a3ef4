package org.contactpoint.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.contactpoint.involvement.api.Involvements;
import org.contactpoint.partner.api.IdempotentWrites;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** The partner system's own involvements with a child: add, change (with the version read) and end. */
@Path("children/{cpId}/involvements")
@Produces(MediaType.APPLICATION_JSON)
public class InvolvementsResource {

    private static final String IDEMPOTENCY = "A key of your choosing (a UUID): a replay with the same key returns the "
            + "first answer and writes nothing new.";

    /** The answer to a write: the involvement's id. */
    @Schema(name = "InvolvementRef")
    public record InvolvementRef(long involvementId) {
    }

    @Inject
    Involvements involvements;

    @Inject
    IdempotentWrites ledger;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record your service's involvement with a child")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InvolvementJson.class)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InvolvementRef.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("cpId") String cpId,
                           @Parameter(description = IDEMPOTENCY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           InputStream body) {
        ChildrenResource.refuseUnknownOrRepeated(uri.getQueryParameters(), Set.of());
        byte[] bytes = JsonBody.bytes(body);
        return Writes.run(ledger, idempotencyKey, "POST", uri.getPath(), bytes, () -> {
            InvolvementJson json = InvolvementJson.read(bytes, false);
            long id = involvements.record(cpId, json.form());
            return new IdempotentWrites.Answer(201, uri.getAbsolutePathBuilder().path(Long.toString(id)).build().toString(),
                    Writes.json(new InvolvementRef(id)));
        });
    }

    @PUT
    @Path("{involvementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one of your involvements", description = "Send the version you read: a change made "
            + "since is refused (409), not overwritten.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InvolvementJson.class)))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("cpId") String cpId, @PathParam("involvementId") String involvementId,
                           @Parameter(description = IDEMPOTENCY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           InputStream body) {
        ChildrenResource.refuseUnknownOrRepeated(uri.getQueryParameters(), Set.of());
        long id = involvementId(involvementId);
        byte[] bytes = JsonBody.bytes(body);
        return Writes.run(ledger, idempotencyKey, "PUT", uri.getPath(), bytes, () -> {
            InvolvementJson json = InvolvementJson.read(bytes, true);
            involvements.update(cpId, id, json.version(), json.form());
            return new IdempotentWrites.Answer(204, null, null);
        });
    }

    @DELETE
    @Path("{involvementId}")
    @Operation(summary = "End one of your involvements", description = "The involvement stays on the record, ended "
            + "on the date given (default today).")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response end(@PathParam("cpId") String cpId, @PathParam("involvementId") String involvementId,
                        @Parameter(description = "The end date, ISO (default today)") @QueryParam("on") String on,
                        @Parameter(description = IDEMPOTENCY) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        ChildrenResource.refuseUnknownOrRepeated(uri.getQueryParameters(), Set.of("on"));
        long id = involvementId(involvementId);
        LocalDate date = endDate(on);
        return Writes.run(ledger, idempotencyKey, "DELETE", uri.getPath() + "?on=" + date, new byte[0], () -> {
            involvements.end(cpId, id, date);
            return new IdempotentWrites.Answer(204, null, null);
        });
    }

    private static long involvementId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("involvementId", "involvementId: must be a whole number.");
        }
    }

    private static LocalDate endDate(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequest("on", "on: must be a date like 2024-01-31.");
        }
    }
}
