package org.contactpoint.tools.matching;

import org.contactpoint.matching.entity.Agreement;
import org.contactpoint.matching.entity.MatchField;
import org.contactpoint.matching.entity.MatchWeights;
import org.contactpoint.tools.ContactPointTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Weights fitted from generated feeds: a file the server accepts, with weights pointing the right way. */
class MatchWeightsCommandTest {

    @TempDir
    static Path dir;

    private static final StringWriter ERR = new StringWriter();

    private static int run(String... args) {
        return ContactPointTools.commandLine().setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(ERR, true)).execute(args);
    }

    @BeforeAll
    static void feeds() {
        assertThat(run("generate", "--children", "4000", "--seed", "3", "--as-of", "2026-01-15", "--out",
                dir.resolve("feeds").toString(), "--quiet")).isZero();
    }

    @Test
    void fittedWeightsAreAcceptedAndPointTheRightWay() throws Exception {
        Path out = dir.resolve("fitted.properties");
        assertThat(run("match-weights", "--out", out.toString(), dir.resolve("feeds/NHS-PDS.jsonl").toString(),
                dir.resolve("feeds/DFE-SCHOOLS.jsonl").toString(), dir.resolve("feeds/DWP-CB.jsonl").toString())).isZero();
        MatchWeights w = MatchWeights.from(out);
        for (MatchField field : new MatchField[]{MatchField.GIVEN_NAME, MatchField.FAMILY_NAME, MatchField.DATE_OF_BIRTH,
                MatchField.POSTCODE, MatchField.NHS_NUMBER}) {
            assertThat(w.weight(field, Agreement.EXACT)).as(field + " exact").isPositive();
            assertThat(w.weight(field, Agreement.DIFFERENT)).as(field + " different").isNegative();
        }
        assertThat(w.weight(MatchField.DATE_OF_BIRTH, Agreement.EXACT)).isGreaterThan(w.weight(MatchField.DATE_OF_BIRTH, Agreement.ONE_PART_OFF));
        assertThat(w.weight(MatchField.GIVEN_NAME, Agreement.EXACT)).isGreaterThan(w.weight(MatchField.GIVEN_NAME, Agreement.NICKNAME));
        // a nickname or a postcode in the same district is seldom among the pairs sharing an identifier, yet is
        // evidence for the same child: the built-in m as a prior keeps it so
        assertThat(w.weight(MatchField.GIVEN_NAME, Agreement.NICKNAME)).as("given nickname").isPositive();
        assertThat(w.weight(MatchField.POSTCODE, Agreement.DISTRICT)).as("postcode district").isPositive();
        assertThat(w.upper()).isEqualTo(MatchWeights.defaults().upper());
        assertThat(Files.readString(out)).contains("Fitted by match-weights");
    }

    @Test
    void badArgumentsAreNamedAndNothingIsWritten() {
        Path out = dir.resolve("never.properties");
        assertThat(run("match-weights", "--out", out.toString(), dir.resolve("feeds/NHS-PDS.jsonl").toString())).isEqualTo(2);
        assertThat(run("match-weights", "--out", out.toString(), dir.resolve("feeds/NHS-PDS.jsonl").toString(),
                dir.resolve("feeds/none.jsonl").toString())).isEqualTo(2);
        assertThat(ERR.toString()).contains("FEED: ").contains("none.jsonl is not a readable file");
        assertThat(run("match-weights", "--out", out.toString(), "--lower", "30", "--upper", "20",
                dir.resolve("feeds/NHS-PDS.jsonl").toString(), dir.resolve("feeds/DWP-CB.jsonl").toString())).isEqualTo(2);
        assertThat(ERR.toString()).contains("--lower: must be below --upper");
        assertThat(run("match-weights", "--out", out.toString(), "--prior-pairs", "-1",
                dir.resolve("feeds/NHS-PDS.jsonl").toString(), dir.resolve("feeds/DWP-CB.jsonl").toString())).isEqualTo(2);
        assertThat(ERR.toString()).contains("--prior-pairs: must not be negative");
        assertThat(out).doesNotExist();
    }
}
