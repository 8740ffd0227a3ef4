package org.contactpoint.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.account.api.AccountProblem;

import java.util.concurrent.Callable;

/**
 * The one mapping from what a facade refuses to what a page shows: the problem next to its field, "not permitted"
 * as is, anything else as a message that reveals nothing and says nothing was changed. Never a stack trace.
 */
final class PageMessages {

    static final String UNEXPECTED = "That could not be done; nothing was changed. Please try again.";

    private PageMessages() {
    }

    /** Runs a facade call; on a refusal shows why and returns {@code otherwise}. */
    static <T> T attempt(Callable<T> call, T otherwise) {
        try {
            return call.call();
        } catch (AccountProblem e) {
            show(e.field(), e.getMessage());
        } catch (NotPermittedException e) {
            show(null, e.getMessage());
        } catch (Exception e) {
            show(null, UNEXPECTED);
        }
        return otherwise;
    }

    static void show(String field, String message) {
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Text typed into a secret field, as the char array the facades take (never logged or kept). */
    static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }
}
