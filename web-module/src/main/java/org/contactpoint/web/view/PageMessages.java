package org.contactpoint.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestProblem;

import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one mapping from what a facade refuses to what a page shows: the problem next to its field, "not permitted"
 * as is, anything else as a message that reveals nothing and says nothing was changed. Never a stack trace.
 */
public final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    static final String UNEXPECTED = "That could not be done; nothing was changed. Please try again.";

    private PageMessages() {
    }

    /** Runs a facade call; on a refusal shows why and returns {@code otherwise}. */
    public static <T> T attempt(Callable<T> call, T otherwise) {
        try {
            return call.call();
        } catch (RequestProblem e) {
            show(e.field(), e.getMessage());
        } catch (NotPermittedException e) {
            show(null, e.getMessage());
        } catch (Exception e) {
            // for operators: what failed, never the request's values (they may locate a child)
            LOG.log(Level.WARNING, "A page action failed unexpectedly: " + e.getClass().getName(), e);
            show(null, UNEXPECTED);
        }
        return otherwise;
    }

    /** Shows a message; with a field it is shown next to that field's input (client id {@code form:field}). */
    public static void show(String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed(); // a dialog stays open to show why
    }

    /** Text typed into a secret field, as the char array the facades take (never logged or kept). */
    static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }
}
