package org.contactpoint.security.login;

import jakarta.enterprise.context.RequestScoped;

import java.util.List;

/**
 * Why the last sign-in in this request failed, for the page: a generic refusal that never says which factor was
 * wrong, or — only when every factor was right — the prerequisites that have lapsed.
 */
@RequestScoped
public class LoginOutcome {

    public static final String REFUSED = "Sign-in failed. Check your details and try again. After repeated failures your "
            + "account is locked: your ContactPoint management team can unlock it.";

    private List<String> lapsed = List.of();
    private boolean refused;

    void refuse() {
        this.refused = true;
    }

    void lapsed(List<String> prerequisites) {
        this.lapsed = List.copyOf(prerequisites);
    }

    public boolean isRefused() {
        return refused;
    }

    public List<String> lapsedPrerequisites() {
        return lapsed;
    }

    /** The one message the page shows. */
    public String message() {
        return lapsed.isEmpty() ? REFUSED : lapsedMessage(lapsed);
    }

    /** Only the known prerequisite names are repeated, so the page cannot be made to show arbitrary text. */
    public static String lapsedMessage(List<String> prerequisites) {
        List<String> known = prerequisites.stream().filter(Prerequisites.NAMES::contains).toList();
        if (known.isEmpty()) {
            return REFUSED;
        }
        return "Your details are correct, but you cannot use ContactPoint until this is renewed: "
                + String.join("; ", known) + ". Contact your ContactPoint management team.";
    }
}
