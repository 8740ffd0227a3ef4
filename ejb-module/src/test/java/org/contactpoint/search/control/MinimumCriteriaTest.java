package org.contactpoint.search.control;

import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.search.api.SearchCriteria;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The minimum-criteria rule and the field checks, table-driven: each row is criteria → accepted, or the field at fault. */
class MinimumCriteriaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "[{0}|{1}|{2}|{3}|{4}|{5}|{6}|{7}|{8}|{9}|{10}|{11}] → {12}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // family|given|dob|year|ageFrom|ageTo|gender|postcode|town|cpId|nhs|upn|expected
            "-|-|-|-|-|-|-|-|-|-|-|-|familyName",
            "Smith|-|-|-|-|-|-|-|-|-|-|-|dateOfBirth",
            "Smith|Olivia|-|-|-|-|-|-|-|-|-|-|dateOfBirth",
            "Smith|-|2015-03-07|-|-|-|-|-|-|-|-|-|givenName",
            "Smith|Olivia|2015-03-07|-|-|-|-|-|-|-|-|-|ok",
            "Smith|-|2015-03-07|-|-|-|female|-|-|-|-|-|ok",
            "Smith|-|2015-03-07|-|-|-|-|NG2 7QP|-|-|-|-|ok",
            "Smith|-|2015-03-07|-|-|-|-|NG2|-|-|-|-|ok",
            "Smith|-|-|2015|-|-|-|-|West Bridgford|-|-|-|ok",
            "Smith|Olivia|-|-|8|10|-|-|-|-|-|-|ok",
            "Smith|Olivia|-|-|3|10|-|-|-|-|-|-|ageTo",
            "Smith|Olivia|-|-|8|-|-|-|-|-|-|-|ageTo",
            "Smith|Olivia|-|-|10|8|-|-|-|-|-|-|ageFrom",
            "Smith|Olivia|2015-03-07|2015|-|-|-|-|-|-|-|-|dateOfBirth",
            "Smith|Olivia|2030-01-01|-|-|-|-|-|-|-|-|-|dateOfBirth",
            "Smith|Olivia|1990-01-01|-|-|-|-|-|-|-|-|-|dateOfBirth",
            "Smith|Olivia|-|1980|-|-|-|-|-|-|-|-|yearOfBirth",
            "-|Olivia|2015-03-07|-|-|-|female|NG2 7QP|-|-|-|-|familyName",
            "-|-|-|-|-|-|-|-|-|-|9434765919|-|ok",
            "-|-|-|-|-|-|-|-|-|-|9434765918|-|nhsNumber",
            "-|-|-|-|-|-|-|-|-|-|-|A123456789012|ok",
            "-|-|-|-|-|-|-|-|-|-|-|12345|upn",
            "-|-|-|-|-|-|-|-|-|12345|-|-|contactPointId",
            "Sm1th|Olivia|2015-03-07|-|-|-|-|-|-|-|-|-|familyName",
            "Smith|<script>|2015-03-07|-|-|-|-|-|-|-|-|-|givenName",
            "Smith'; DROP TABLE child;--|Olivia|2015-03-07|-|-|-|-|-|-|-|-|-|familyName",
            "Ωμέγα|Olivia|2015-03-07|-|-|-|-|-|-|-|-|-|familyName",
            "Smith|Olivia|2015-03-07|-|-|-|robot|-|-|-|-|-|gender",
            "Smith|Olivia|2015-03-07|-|-|-|-|XYZ|-|-|-|-|postcode",
            "Smith|-|2015-03-07|-|-|-|-|-|<b>|-|-|-|town"})
    void criteriaAreAcceptedOrTheFieldIsNamed(String family, String given, String dob, Integer year, Integer ageFrom,
                                              Integer ageTo, String gender, String postcode, String town, String cpId,
                                              String nhs, String upn, String expected) {
        SearchCriteria criteria = new SearchCriteria(family, given, dob == null ? null : LocalDate.parse(dob), year, ageFrom,
                ageTo, gender, postcode, town, cpId, nhs, upn);
        if (expected.equals("ok")) {
            assertThatCode(() -> MinimumCriteria.check(SearchQuery.of(criteria, TODAY))).doesNotThrowAnyException();
        } else {
            RequestProblem problem = catchThrowableOfType(RequestProblem.class,
                    () -> MinimumCriteria.check(SearchQuery.of(criteria, TODAY)));
            assertThat(problem).as("refused").isNotNull();
            assertThat(problem.field()).isEqualTo(expected);
            assertThat(problem.getMessage()).isNotBlank().doesNotContain("Exception");
        }
    }
}
