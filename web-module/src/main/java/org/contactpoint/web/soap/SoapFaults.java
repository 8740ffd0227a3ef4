package org.contactpoint.web.soap;

import jakarta.ejb.EJBException;
import org.contactpoint.access.api.ConflictingChange;
import org.contactpoint.access.api.NotFoundProblem;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.feed.api.BatchTooLarge;
import org.contactpoint.partner.api.IdempotencyKeyReused;
import org.contactpoint.web.soap.v1.ChildIndexFault;
import org.contactpoint.web.soap.v1.ChildIndexFault_Exception;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every refusal as the contract's ChildIndexFault: a code, the field at fault and a message saying what to do.
 * Anything unexpected is INTERNAL_ERROR with an incident number; its detail is logged by type, never sent.
 */
final class SoapFaults {

    private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());

    private SoapFaults() {
    }

    static ChildIndexFault_Exception of(RuntimeException thrown) {
        Throwable e = thrown;
        while (e instanceof EJBException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RequestProblem problem) {
            return fault(codeOf(problem), problem.field(), problem.getMessage());
        }
        if (e instanceof NotPermittedException) {
            return fault("NOT_PERMITTED", null, e.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "SOAP call failed, incident " + incident + ": " + e.getClass().getName(), e);
        return fault("INTERNAL_ERROR", null, "ContactPoint could not complete the request. Nothing was changed. Incident "
                + incident + ".");
    }

    static ChildIndexFault_Exception invalid(String field, String message) {
        return fault("INVALID_REQUEST", field, message);
    }

    private static String codeOf(RequestProblem problem) {
        if (problem instanceof NotFoundProblem) {
            return "NOT_FOUND";
        }
        if (problem instanceof ConflictingChange) {
            return "CONFLICT";
        }
        if (problem instanceof IdempotencyKeyReused) {
            return "IDEMPOTENCY_KEY_REUSED";
        }
        return problem instanceof BatchTooLarge ? "TOO_LARGE" : "INVALID_REQUEST";
    }

    private static ChildIndexFault_Exception fault(String code, String field, String message) {
        ChildIndexFault info = new ChildIndexFault();
        info.setCode(code);
        info.setField(field);
        info.setMessage(message);
        return new ChildIndexFault_Exception(message, info);
    }
}
