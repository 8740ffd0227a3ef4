package org.contactpoint.account.api;

import java.time.LocalDate;
import java.util.Set;

/** An account as the console lists it: no secrets, no hashes. */
public record AccountView(String username, String displayName, String organisationName, String localAuthorityCode,
                          Set<String> roles, String status, int failedAttempts, LocalDate contactPointTrainingOn,
                          LocalDate informationSharingTrainingOn, LocalDate identityCheckedOn, LocalDate enhancedCheckOn) {
}
