package org.contactpoint.web.rest;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.contactpoint.access.api.ConflictingChange;
import org.contactpoint.access.api.NotFoundProblem;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.feed.api.BatchTooLarge;
import org.contactpoint.partner.api.IdempotencyKeyReused;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a REST call as problem+json: the facades' refusals with their field and message, the JAX-RS
 * runtime's own (unknown path 404, wrong method 405, wrong media type 415) and, for anything unexpected, a 500
 * with an incident number to quote; the detail is logged (by type and incident, never request data) and never sent.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof BadRequest bad) {
            return Problem.response(Response.Status.BAD_REQUEST, bad.getMessage(), bad.field());
        }
        if (e instanceof BodyTooLarge) {
            return Problem.response(413, "Content Too Large", e.getMessage(), "body");
        }
        if (e instanceof RequestProblem problem) {
            return Problem.response(statusOf(problem), reason(statusOf(problem)), problem.getMessage(), problem.field());
        }
        if (e instanceof NotPermittedException) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage(), null);
        }
        if (e instanceof JsonException) {
            return Problem.response(Response.Status.BAD_REQUEST, "body: is not valid JSON.", "body");
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problem.response(status, reason(status), clientMessage(status), null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST call failed, incident " + incident + ": " + e.getClass().getName(), e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "ContactPoint could not complete the request. Nothing was changed. Incident " + incident + ".", null);
    }

    private static int statusOf(RequestProblem problem) {
        if (problem instanceof NotFoundProblem) {
            return 404;
        }
        if (problem instanceof ConflictingChange) {
            return 409;
        }
        if (problem instanceof IdempotencyKeyReused) {
            return 422;
        }
        return problem instanceof BatchTooLarge ? 413 : 400;
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : switch (status) {
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            default -> "Error";
        };
    }

    private static String clientMessage(int status) {
        return switch (status) {
            case 404 -> "No such resource: see docs/openapi.yaml for the API's paths.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "The API answers application/json only.";
            case 415 -> "Unsupported media type: send application/json (feed batches: application/x-ndjson).";
            default -> "The request cannot be served as sent.";
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof jakarta.ejb.EJBTransactionRolledbackException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
