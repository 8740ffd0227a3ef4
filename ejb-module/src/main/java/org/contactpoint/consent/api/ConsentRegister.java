package org.contactpoint.consent.api;

import jakarta.ejb.Local;

import java.time.LocalDate;
import java.util.List;

/**
 * The ContactPoint team's consent register for children of its authority: sensitive-service consents and their
 * withdrawal (which hides the involvements relying on it at once, in every channel), and a care leaver's consent
 * to stay on ContactPoint until 25. Every method needs {@code consent:manage:<authority>} and is audited.
 */
@Local
public interface ConsentRegister {

    /** The authorities whose consent register the caller keeps (none for most users). */
    List<String> managedAuthorities();

    List<ConsentRecord> ofChild(String authority, String contactPointId);

    void withdraw(String authority, String contactPointId, long consentId);

    /** @param consentOn the day the young person gave it (not in the future) */
    void recordCareLeaverConsent(String authority, String contactPointId, LocalDate consentOn);
}
