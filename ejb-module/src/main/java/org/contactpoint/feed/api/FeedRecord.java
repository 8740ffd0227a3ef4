package org.contactpoint.feed.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.contactpoint.child.entity.ChildDateOfBirth;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.contactdetails.entity.AddressLine;
import org.contactpoint.contactdetails.entity.OrganisationName;
import org.contactpoint.contactdetails.entity.PersonName;
import org.contactpoint.contactdetails.entity.PhoneNumber;
import org.contactpoint.contactdetails.entity.UkPostcode;
import org.contactpoint.consent.entity.ConsentGiver;
import org.contactpoint.involvement.entity.ServiceType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One source record of a feed (FEED-FORMAT.md v1), parsed. The same shape arrives from the CLI, REST and SOAP.
 * Field constraints here are the feed's rules; violations are reported with the field's JSON name.
 */
public record FeedRecord(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be 2–32 capital letters, digits or hyphens") String sourceSystem,
        @NotNull @Size(min = 1, max = 64) String sourceRecordId,
        @Min(1) long recordVersion,
        @NotNull Map<IdentifierScheme, String> identifiers,
        @NotNull @PersonName String givenNames,
        @NotNull @PersonName String familyName,
        @NotNull List<@PersonName String> knownAs,
        @NotNull @ChildDateOfBirth LocalDate dateOfBirth,
        @NotNull Gender gender,
        @Valid Address address,
        @NotNull List<@Valid ParentCarer> parentsCarers,
        @Valid Setting setting,
        @Valid GpPractice gpPractice,
        @NotNull List<@Valid Involvement> involvements) {

    public record Address(@AddressLine String line1, @AddressLine String line2, @AddressLine String town,
                          @UkPostcode String postcode) {
    }

    public record ParentCarer(@NotNull @PersonName String name,
                              @NotNull @Pattern(regexp = "[a-z][a-z -]{1,31}", message = "must be a relationship such as mother, father or foster carer") String relationship,
                              boolean parentalResponsibility, @PhoneNumber String phone, @Valid Address address) {
    }

    public record Setting(@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") String urn,
                          @NotNull @OrganisationName String name, @PastOrPresent LocalDate from) {
    }

    public record GpPractice(@NotNull @Pattern(regexp = "[A-Z][0-9]{5}", message = "must be a GP practice code such as C84001") String code,
                             @NotNull @OrganisationName String name, @PastOrPresent LocalDate from) {
    }

    public record Involvement(@NotNull ServiceType serviceType, @NotNull @OrganisationName String serviceName,
                              @PersonName String practitionerName, @PhoneNumber String phone,
                              @Email(message = "must be an e-mail address") @Size(max = 200) String email,
                              @NotNull LocalDate from, LocalDate to, boolean leadProfessional,
                              boolean assessmentCompleted, @Valid Consent consent) {
    }

    public record Consent(@NotNull ConsentGiver givenBy, @NotNull @PersonName String givenByName,
                          @NotNull @PastOrPresent Instant recordedAt) {
    }
}
