package org.contactpoint.account.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.contactpoint.contactdetails.entity.OrganisationName;
import org.contactpoint.contactdetails.entity.PersonName;

import java.util.Set;

/** What an LA administrator enters to create an account. Roles by name (see {@code Role}). */
public record NewAccount(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "must be 3–64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter") String username,
        @NotNull @PersonName String displayName,
        @NotNull @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be an organisation code such as NOTTS-YOT") String organisationCode,
        @NotNull @OrganisationName String organisationName,
        @NotEmpty Set<String> roles,
        String serviceType) {
}
