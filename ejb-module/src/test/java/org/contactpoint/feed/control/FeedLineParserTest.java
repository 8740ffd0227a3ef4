package org.contactpoint.feed.control;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.feed.api.FeedProblem;
import org.contactpoint.feed.api.InvalidFeedRecordException;
import org.contactpoint.tools.ContactPointTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedLineParserTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final FeedLineParser parser = new FeedLineParser(FeedLineParser.validator(FACTORY));

    private static final String VALID = """
            {"sourceSystem":"NHS-PDS","sourceRecordId":"9434765919","recordVersion":3,"identifiers":{"NHS":"9434765919"},\
            "givenNames":"Olivia Grace","familyName":"Smith","knownAs":["Liv"],"dateOfBirth":"2015-03-07","gender":"female",\
            "address":{"line1":"12 Mill Lane","line2":null,"town":"West Bridgford","postcode":"ng2 7qp"},\
            "parentsCarers":[{"name":"Emma Smith","relationship":"mother","parentalResponsibility":true,"phone":"0115 496 0000","address":null}],\
            "setting":{"urn":"122456","name":"Greythorn Primary School","from":"2019-09-01"},\
            "gpPractice":{"code":"C84001","name":"Musters Medical Practice","from":"2015-04-01"},\
            "involvements":[{"serviceType":"youth-offending","serviceName":"Notts YOT","practitionerName":"J. Patel",\
            "phone":"0115 496 0001","email":null,"from":"2024-01-10","to":null,"leadProfessional":false,\
            "assessmentCompleted":false,"consent":null}]}""";

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void theFormatsOwnExampleParses() throws Exception {
        FeedLineParser.ParsedLine parsed = parser.parse(VALID, 1);
        assertThat(parsed.dropped()).isEmpty();
        assertThat(parsed.record().identifiers()).containsEntry(IdentifierScheme.NHS, "9434765919");
        assertThat(parsed.record().address().postcode()).isEqualTo("NG2 7QP");
        assertThat(parsed.record().dateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 7));
        assertThat(parsed.record().involvements()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field|\"gender\":\"female\"|\"gender\":\"female\",\"notes\":\"seen by CAMHS\"|notes|not a field",
            "typo in a field name|\"familyName\"|\"famillyName\"|famillyName|not a field",
            "missing family name|\"familyName\":\"Smith\",|\"familyName\":null,|familyName|required",
            "future date of birth|2015-03-07|2099-03-07|dateOfBirth|future",
            "too old|2015-03-07|1990-03-07|dateOfBirth|25 or younger",
            "not a date|2015-03-07|07/03/2015|dateOfBirth|yyyy-mm-dd",
            "wrong NHS check digit|\"NHS\":\"9434765919\"|\"NHS\":\"9434765918\"|identifiers.NHS|check digit",
            "unknown identifier|\"NHS\":\"9434765919\"|\"NINO\":\"AB123456C\"|identifiers.NINO|not a known identifier",
            "bad gender|\"gender\":\"female\"|\"gender\":\"f\"|gender|female, male",
            "version as text|\"recordVersion\":3|\"recordVersion\":\"3\"|recordVersion|whole number",
            "version zero|\"recordVersion\":3|\"recordVersion\":0|recordVersion|1 or more",
            "script in a name|\"Olivia Grace\"|\"<script>alert(1)</script>\"|givenNames|must be a name",
            "SQL in a family name|\"Smith\"|\"Smith'); DROP TABLE child;--\"|familyName|must be a name",
            "bad postcode|ng2 7qp|not a postcode|address.postcode|UK postcode",
            "bad phone|0115 496 0000|ring after six|parentsCarers[0].phone|telephone",
            "bad URN|122456|12a456|setting.urn|URN",
            "unknown service type|youth-offending|astrology|involvements[0].serviceType|must be one of",
            "bad involvement date|2024-01-10|last year|involvements[0].from|yyyy-mm-dd",
            "involvement ending before it starts|\"to\":null|\"to\":\"2023-12-31\"|involvements[0].to|not be before from"})
    void badInputIsRejectedNamingTheField(String label, String find, String replace, String field, String reason) {
        String line = VALID.replace(find, replace);
        assertThat(line).as("test setup for " + label).isNotEqualTo(VALID);
        assertThatThrownBy(() -> parser.parse(line, 7))
                .isInstanceOfSatisfying(InvalidFeedRecordException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.line()).isEqualTo(7);
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.reason()).containsIgnoringCase(reason);
                        }));
    }

    @Test
    void malformedJsonIsRejectedWithoutDetailOfTheParser() {
        assertThatThrownBy(() -> parser.parse("{\"sourceSystem\": \"NHS-PDS\"", 3))
                .isInstanceOfSatisfying(InvalidFeedRecordException.class,
                        e -> assertThat(e.problems()).extracting(FeedProblem::field).containsExactly("(line)"));
        assertThatThrownBy(() -> parser.parse("[1,2]", 4)).isInstanceOf(InvalidFeedRecordException.class);
        assertThatThrownBy(() -> parser.parse("x".repeat(70_000), 5)).isInstanceOf(InvalidFeedRecordException.class);
    }

    @Test
    void sensitiveServiceWithoutConsentIsDroppedAndReportedWhileTheRestStands() throws Exception {
        String line = VALID.replace("youth-offending", "mental-health");
        FeedLineParser.ParsedLine parsed = parser.parse(line, 9);
        assertThat(parsed.record().involvements()).isEmpty();
        assertThat(parsed.record().familyName()).isEqualTo("Smith");
        assertThat(parsed.dropped()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("involvements[0].consent");
            assertThat(p.reason()).contains("sensitive");
        });
    }

    @Test
    void everyLineTheGeneratorWritesIsAccepted(@TempDir Path dir) throws Exception {
        assertThat(ContactPointTools.commandLine().execute("generate", "--children", "3000", "--seed", "5",
                "--out", dir.toString(), "--quiet")).isZero();
        long lines = 0;
        for (String file : new String[]{"NHS-PDS.jsonl", "DFE-SCHOOLS.jsonl", "DWP-CB.jsonl", "LA-CSC.jsonl"}) {
            try (BufferedReader reader = Files.newBufferedReader(dir.resolve(file))) {
                long n = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    FeedLineParser.ParsedLine parsed = parser.parse(line, ++n);
                    assertThat(parsed.dropped()).as(file + " line " + n).isEmpty();
                }
                lines += n;
            }
        }
        assertThat(lines).isGreaterThan(6000);
    }
}
