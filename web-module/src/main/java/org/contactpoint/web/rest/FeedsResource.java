package org.contactpoint.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.contactpoint.feed.api.BatchReceipt;
import org.contactpoint.feed.api.FeedBatches;
import org.contactpoint.partner.api.IdempotentWrites;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.util.Set;

/**
 * A source system's feed (FEED-FORMAT.md): batches of JSON Lines in, progress and per-record outcomes out. A
 * partner system may send and read only its own source's feed ({@code feed:submit:<source>}).
 */
@Path("feeds/{source}")
@Produces(MediaType.APPLICATION_JSON)
public class FeedsResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    FeedBatches batches;

    @Inject
    IdempotentWrites ledger;

    @Context
    UriInfo uri;

    @POST
    @Path("batches")
    @Consumes(NDJSON)
    @Operation(summary = "Send a batch of source records", description = "One record per line (FEED-FORMAT.md), at "
            + "most 256 MiB. Accepted at once and processed in the background: follow it with the Location given. Each "
            + "record is LINKED, CREATED, put in REVIEW, IGNORED (an older version) or REJECTED (see the batch's 'matching').")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON))
    @APIResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = Representations.Receipt.class)))
    @APIResponse(responseCode = "413", description = "Larger than 256 MiB", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("source") String source,
                           @Parameter(description = "A key of your choosing: a replay returns the first batch id and "
                                   + "sends nothing new (the key alone identifies the batch)") @HeaderParam("Idempotency-Key") String idempotencyKey,
                           InputStream body) {
        ChildrenResource.refuseUnknownOrRepeated(uri.getQueryParameters(), Set.of());
        // A batch may be large, so its key alone identifies it: a replay is answered before the body is read.
        return Writes.run(ledger, idempotencyKey, "POST", uri.getPath(), new byte[0],
                () -> accepted(batches.submit(source, body)));
    }

    @GET
    @Path("batches/{batchId}")
    @Operation(summary = "A batch's progress and per-line outcomes", description = "Up to 1000 lines from fromLine.")
    @APIResponse(responseCode = "200", description = "The batch", content = @Content(schema = @Schema(implementation = Representations.Batch.class)))
    public Representations.Batch status(@PathParam("source") String source, @PathParam("batchId") String batchId,
                              @Parameter(description = "First line to list (default 1)") @QueryParam("fromLine") String fromLine) {
        ChildrenResource.refuseUnknownOrRepeated(uri.getQueryParameters(), Set.of("fromLine"));
        return Representations.of(batches.status(source, number("batchId", batchId), fromLine == null ? 1 : number("fromLine", fromLine)));
    }

    @GET
    @Path("records/{sourceRecordId}")
    @Operation(summary = "The child a source record is linked to")
    @APIResponse(responseCode = "200", description = "The ContactPoint ID and last outcome",
            content = @Content(schema = @Schema(implementation = Representations.SourceRecord.class)))
    public Representations.SourceRecord record(@PathParam("source") String source, @PathParam("sourceRecordId") String sourceRecordId) {
        ChildrenResource.refuseUnknownOrRepeated(uri.getQueryParameters(), Set.of());
        return Representations.of(batches.sourceRecord(source, sourceRecordId));
    }

    private IdempotentWrites.Answer accepted(BatchReceipt receipt) {
        String location = uri.getBaseUriBuilder().path("feeds").path(receipt.sourceSystem()).path("batches")
                .path(Long.toString(receipt.batchId())).build().toString();
        return new IdempotentWrites.Answer(202, location, Writes.json(Representations.of(receipt)));
    }

    private static long number(String field, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(field, field + ": must be a whole number.");
        }
    }

}
