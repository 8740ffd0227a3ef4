package org.contactpoint.account.api;

import java.time.Instant;

/** A one-time activation code, shown once to the administrator who created or reset the account. */
public record ActivationCode(String username, String code, Instant expiresAt) {
}
