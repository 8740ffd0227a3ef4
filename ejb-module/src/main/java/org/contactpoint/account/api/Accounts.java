package org.contactpoint.account.api;

import jakarta.ejb.Local;

import java.time.LocalDate;
import java.util.List;

/**
 * Account administration for an authority's ContactPoint team (national administrators: every authority).
 * Every method is checked against {@code account:admin:<authority>} and audited.
 */
@Local
public interface Accounts {

    /** The authorities whose accounts the caller administers (none for most users). */
    List<String> administeredAuthorities();

    List<AccountView> inAuthority(String authority);

    ActivationCode create(String authority, NewAccount account);

    void recordTraining(String authority, String username, LocalDate contactPointTraining, LocalDate informationSharingTraining);

    void recordChecks(String authority, String username, LocalDate identityChecked, LocalDate enhancedCheck);

    void suspend(String authority, String username);

    void reinstate(String authority, String username);

    void unlock(String authority, String username);

    void revoke(String authority, String username);

    /** A lost or broken token: back to PENDING with a new activation code; the old token stops working at once. */
    ActivationCode resetToken(String authority, String username);
}
