package org.contactpoint.search.control;

import org.contactpoint.search.entity.NameKeys;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.child.entity.InvalidContactPointIdException;
import org.contactpoint.contactdetails.entity.Postcodes;
import org.contactpoint.search.api.SearchCriteria;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Search criteria checked field by field and put in the form the keys are stored in. A field that is present but
 * malformed is refused naming the field; nothing is searched.
 *
 * @param bornFrom with {@code bornTo}: the dates of birth the criteria allow (from a date, a year or an age range)
 */
public record SearchQuery(String familyName, String givenName, LocalDate dateOfBirth, LocalDate bornFrom, LocalDate bornTo,
                          Gender gender, String postcode, String postcodeDistrict, String town,
                          String contactPointId, String nhsNumber, String upn) {

    static final int MAX_AGE = 25;
    static final int WIDEST_AGE_RANGE = 5;
    private static final String POSTCODE = "[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9][A-Z]{2})?";

    public static SearchQuery of(SearchCriteria c, LocalDate today) {
        String family = name("familyName", c.familyName());
        String given = name("givenName", c.givenName());
        LocalDate[] born = bornBetween(c, today);
        return new SearchQuery(family, given, c.dateOfBirth(), born[0], born[1], gender(c.gender()), postcode(c.postcode()),
                postcode(c.postcode()) == null ? null : Postcodes.district(postcode(c.postcode())), town(c.town()),
                contactPointId(c.contactPointId()), identifier("nhsNumber", IdentifierScheme.NHS, c.nhsNumber()),
                identifier("upn", IdentifierScheme.UPN, c.upn() == null ? null : c.upn().toUpperCase(Locale.ROOT)));
    }

    public boolean hasIdentifier() {
        return contactPointId != null || nhsNumber != null || upn != null;
    }

    public boolean hasDateOfBirthOrRange() {
        return bornFrom != null;
    }

    private static String name(String field, String text) {
        if (blank(text)) {
            return null;
        }
        if (text.length() > 100) {
            throw new RequestProblem(field, field + ": at most 100 characters.");
        }
        if (!text.strip().matches("\\p{L}[\\p{L}\\p{M}'’ .-]*")) {
            throw new RequestProblem(field, field + ": only letters, spaces, hyphens and apostrophes, starting with a letter.");
        }
        String normal = NameKeys.normalise(text);
        if (normal.isEmpty()) {
            throw new RequestProblem(field, field + ": write the name in the Latin alphabet, as the child's records spell it.");
        }
        return normal;
    }

    private static LocalDate[] bornBetween(SearchCriteria c, LocalDate today) {
        int given = (c.dateOfBirth() != null ? 1 : 0) + (c.yearOfBirth() != null ? 1 : 0)
                + (c.ageFrom() != null || c.ageTo() != null ? 1 : 0);
        if (given > 1) {
            throw new RequestProblem("dateOfBirth", "dateOfBirth: give a date of birth, a year of birth or an age range, not more than one.");
        }
        LocalDate oldest = today.minusYears(MAX_AGE + 1).plusDays(1);
        if (c.dateOfBirth() != null) {
            if (c.dateOfBirth().isAfter(today) || c.dateOfBirth().isBefore(oldest)) {
                throw new RequestProblem("dateOfBirth", "dateOfBirth: must be a date in the last " + MAX_AGE + " years, not in the future.");
            }
            // a mistyped year or a day/month swap still finds the child: the scorer decides how well it agrees
            return new LocalDate[]{c.dateOfBirth().minusYears(1).withDayOfYear(1), c.dateOfBirth().plusYears(1).withMonth(12).withDayOfMonth(31)};
        }
        if (c.yearOfBirth() != null) {
            if (c.yearOfBirth() > today.getYear() || c.yearOfBirth() < oldest.getYear()) {
                throw new RequestProblem("yearOfBirth", "yearOfBirth: must be between " + oldest.getYear() + " and " + today.getYear() + ".");
            }
            return new LocalDate[]{LocalDate.of(c.yearOfBirth(), 1, 1), LocalDate.of(c.yearOfBirth(), 12, 31)};
        }
        if (c.ageFrom() != null || c.ageTo() != null) {
            if (c.ageFrom() == null || c.ageTo() == null) {
                throw new RequestProblem(c.ageFrom() == null ? "ageFrom" : "ageTo", "ageFrom and ageTo: give both ends of the age range.");
            }
            if (c.ageFrom() < 0 || c.ageTo() > MAX_AGE || c.ageFrom() > c.ageTo()) {
                throw new RequestProblem("ageFrom", "ageFrom and ageTo: an age range from 0 to " + MAX_AGE + ", the lower age first.");
            }
            if (c.ageTo() - c.ageFrom() >= WIDEST_AGE_RANGE) {
                throw new RequestProblem("ageTo", "ageTo: an age range may span at most " + WIDEST_AGE_RANGE + " years.");
            }
            return new LocalDate[]{today.minusYears(c.ageTo() + 1L).plusDays(1), today.minusYears(c.ageFrom())};
        }
        return new LocalDate[]{null, null};
    }

    private static Gender gender(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Gender.fromCode(text.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RequestProblem("gender", "gender: must be female, male, other or unknown.");
        }
    }

    private static String postcode(String text) {
        if (blank(text)) {
            return null;
        }
        String normal = Postcodes.normalise(text);
        String district = text.strip().toUpperCase(Locale.ROOT);
        if (district.matches("[A-Z]{1,2}[0-9][A-Z0-9]?")) {
            return district;
        }
        if (!normal.matches(POSTCODE)) {
            throw new RequestProblem("postcode", "postcode: must be a UK postcode such as NG2 7QP, or its first half such as NG2.");
        }
        return normal;
    }

    private static String town(String text) {
        if (blank(text)) {
            return null;
        }
        if (text.length() > 100 || !text.strip().matches("\\p{L}[\\p{L}\\p{M}'’ .-]*")) {
            throw new RequestProblem("town", "town: a place name of letters, spaces, hyphens and apostrophes (at most 100).");
        }
        return NameKeys.normalise(text);
    }

    private static String contactPointId(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return ContactPointId.parse(text.strip()).value();
        } catch (InvalidContactPointIdException e) {
            throw new RequestProblem("contactPointId", "contactPointId: " + e.getMessage() + ".");
        }
    }

    private static String identifier(String field, IdentifierScheme scheme, String text) {
        if (blank(text)) {
            return null;
        }
        String value = text.replace(" ", "");
        if (!scheme.accepts(value)) {
            throw new RequestProblem(field, field + ": not a valid " + (scheme == IdentifierScheme.NHS
                    ? "NHS number (10 digits with a check digit)" : "unique pupil number (a letter and 12 characters)") + ".");
        }
        return value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
