package org.contactpoint.tools.generate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.contactpoint.child.entity.NhsNumber;
import org.contactpoint.organisation.entity.LocalAuthorityCatalogue;
import org.contactpoint.tools.ContactPointTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final int CHILDREN = 20_000;

    @TempDir
    static Path dir;

    private static List<JsonObject> records;
    private static Map<String, String> truth;

    @BeforeAll
    static void generate() throws IOException {
        assertThat(run("generate", "--children", Integer.toString(CHILDREN), "--seed", "42", "--as-of", AS_OF.toString(),
                "--out", dir.resolve("a").toString(), "--quiet")).isZero();
        records = new ArrayList<>();
        for (SourceSystem s : SourceSystem.values()) {
            for (String line : Files.readAllLines(dir.resolve("a").resolve(s.fileName()))) {
                try (JsonReader r = Json.createReader(new StringReader(line))) {
                    records.add(r.readObject());
                }
            }
        }
        truth = new HashMap<>();
        try (Stream<String> lines = Files.lines(dir.resolve("a").resolve("ground-truth.csv"))) {
            lines.skip(1).forEach(l -> {
                String[] f = l.split(",");
                truth.put(f[0] + "/" + f[1], f[2]);
            });
        }
    }

    private static int run(String... args) {
        return ContactPointTools.commandLine().setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(new StringWriter())).execute(args);
    }

    @Test
    void sameSeedGivesIdenticalFilesWhateverTheThreadCount() throws IOException {
        run("generate", "--children", "3000", "--seed", "7", "--as-of", AS_OF.toString(), "--out", dir.resolve("b").toString(), "--quiet", "--threads", "1");
        run("generate", "--children", "3000", "--seed", "7", "--as-of", AS_OF.toString(), "--out", dir.resolve("c").toString(), "--quiet", "--threads", "3");
        run("generate", "--children", "3000", "--seed", "8", "--as-of", AS_OF.toString(), "--out", dir.resolve("d").toString(), "--quiet");
        for (String file : List.of("NHS-PDS.jsonl", "DFE-SCHOOLS.jsonl", "DWP-CB.jsonl", "LA-CSC.jsonl", "ground-truth.csv")) {
            assertThat(Files.mismatch(dir.resolve("b").resolve(file), dir.resolve("c").resolve(file))).as(file).isEqualTo(-1L);
            assertThat(Files.mismatch(dir.resolve("b").resolve(file), dir.resolve("d").resolve(file))).as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void everyRecordIsInTheGroundTruthAndEveryChildAppearsInSeveralSources() {
        assertThat(truth).hasSize(records.size());
        for (JsonObject r : records) {
            assertThat(truth).containsKey(r.getString("sourceSystem") + "/" + r.getString("sourceRecordId"));
        }
        Set<String> children = new HashSet<>(truth.values());
        assertThat(children).hasSizeGreaterThan((int) (CHILDREN * 0.99));
        double perChild = (double) truth.size() / children.size();
        assertThat(perChild).isBetween(2.2, 3.2);
    }

    @Test
    void agesSpreadOverZeroToEighteenWithAFewCareLeavers() {
        Map<Integer, Long> byAge = records.stream().filter(r -> r.getString("sourceSystem").equals("NHS-PDS"))
                .map(r -> Period.between(LocalDate.parse(r.getString("dateOfBirth")), AS_OF).getYears())
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        for (int age = 0; age < 18; age++) {
            assertThat(byAge.getOrDefault(age, 0L)).as("age " + age).isBetween(CHILDREN / 18 / 2L, CHILDREN / 18 * 2L);
        }
        long careLeavers = byAge.entrySet().stream().filter(e -> e.getKey() >= 18).mapToLong(Map.Entry::getValue).sum();
        assertThat(careLeavers).isPositive().isLessThan(CHILDREN / 50L);
        assertThat(byAge.keySet()).allMatch(age -> age <= 25);
    }

    @Test
    void addressesCoverAtLeastTenRealAuthoritiesAndSomeAreOutsideTheMapping() {
        Set<String> mapped = LocalAuthorityCatalogue.entries().stream().flatMap(e -> e.districts().stream()).collect(Collectors.toSet());
        Map<String, String> districtToLa = new HashMap<>();
        LocalAuthorityCatalogue.entries().forEach(e -> e.districts().forEach(d -> districtToLa.put(d, e.code())));
        Set<String> authorities = new HashSet<>();
        long outside = 0;
        long missingPostcode = 0;
        for (JsonObject r : records) {
            JsonObject a = r.getJsonObject("address");
            if (a.isNull("postcode")) {
                missingPostcode++;
                continue;
            }
            String district = a.getString("postcode").split(" ")[0];
            if (mapped.contains(district)) {
                authorities.add(districtToLa.get(district));
            } else {
                outside++;
            }
        }
        assertThat(authorities).hasSizeGreaterThanOrEqualTo(10);
        assertThat(outside).isPositive();
        long nhsMissing = records.stream().filter(r -> r.getString("sourceSystem").equals("NHS-PDS"))
                .filter(r -> r.getJsonObject("address").isNull("postcode")).count();
        assertThat(nhsMissing).isGreaterThan(records.stream().filter(r -> r.getString("sourceSystem").equals("NHS-PDS")).count() / 10);
        assertThat(missingPostcode).isGreaterThan(nhsMissing - 1);
    }

    @Test
    void sourcesDisagreeLikeRealFeeds() {
        Map<String, List<JsonObject>> byChild = records.stream().collect(Collectors.groupingBy(
                r -> truth.get(r.getString("sourceSystem") + "/" + r.getString("sourceRecordId"))));
        long familyNameDiffers = 0;
        long dobDiffers = 0;
        long postcodeDiffers = 0;
        long givenDiffers = 0;
        for (List<JsonObject> same : byChild.values()) {
            if (same.size() < 2) {
                continue;
            }
            Set<String> families = same.stream().map(r -> r.getString("familyName").toLowerCase()).collect(Collectors.toSet());
            Set<String> dobs = same.stream().map(r -> r.getString("dateOfBirth")).collect(Collectors.toSet());
            Set<String> postcodes = same.stream().map(r -> r.getJsonObject("address")).filter(a -> !a.isNull("postcode"))
                    .map(a -> a.getString("postcode")).collect(Collectors.toSet());
            Set<String> givens = same.stream().map(r -> r.getString("givenNames").split(" ")[0].toLowerCase()).collect(Collectors.toSet());
            familyNameDiffers += families.size() > 1 ? 1 : 0;
            dobDiffers += dobs.size() > 1 ? 1 : 0;
            postcodeDiffers += postcodes.size() > 1 ? 1 : 0;
            givenDiffers += givens.size() > 1 ? 1 : 0;
        }
        assertThat(familyNameDiffers).as("typos in family names").isGreaterThan(CHILDREN / 100);
        assertThat(dobDiffers).as("swapped or mistyped dates of birth").isGreaterThan(CHILDREN / 500);
        assertThat(postcodeDiffers).as("moved families").isGreaterThan(CHILDREN / 50);
        assertThat(givenDiffers).as("nicknames and typos in given names").isGreaterThan(CHILDREN / 50);
    }

    @Test
    void twinsShareFamilyNameDateOfBirthAndAddress() {
        Map<String, List<JsonObject>> nhs = records.stream().filter(r -> r.getString("sourceSystem").equals("NHS-PDS"))
                .collect(Collectors.groupingBy(r -> r.getString("familyName") + "|" + r.getString("dateOfBirth")
                        + "|" + r.getJsonObject("address").getString("line1")));
        long twinPairs = nhs.values().stream().filter(l -> l.size() == 2)
                .filter(l -> !l.get(0).getString("givenNames").equals(l.get(1).getString("givenNames"))).count();
        assertThat(twinPairs).isGreaterThan(CHILDREN / 200);
    }

    @Test
    void identifiersAreValidAndUnique() {
        Set<String> nhsNumbers = new HashSet<>();
        for (JsonObject r : records) {
            JsonObject ids = r.getJsonObject("identifiers");
            if (r.getString("sourceSystem").equals("NHS-PDS")) {
                String nhs = ids.getString("NHS");
                assertThat(NhsNumber.isValid(nhs)).as(nhs).isTrue();
                assertThat(nhsNumbers.add(nhs)).as("unique " + nhs).isTrue();
            }
            if (ids.containsKey("UPN")) {
                assertThat(ids.getString("UPN")).matches("[A-Z][0-9]{12}");
            }
        }
    }

    @Test
    void sensitiveServicesAlwaysCarryConsent() {
        long sensitive = 0;
        for (JsonObject r : records) {
            if (!r.containsKey("involvements")) {
                continue;
            }
            for (JsonObject i : r.getJsonArray("involvements").getValuesAs(JsonObject.class)) {
                if (Set.of("sexual-health", "mental-health", "substance-misuse").contains(i.getString("serviceType"))) {
                    sensitive++;
                    assertThat(i.isNull("consent")).isFalse();
                    assertThat(i.getJsonObject("consent").getString("givenByName")).isNotBlank();
                }
            }
        }
        assertThat(sensitive).isPositive();
    }

    @Test
    void badArgumentsGiveUsageAndExitTwo() {
        assertThat(run("generate", "--children", "0", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(run("generate", "--children", "ten", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(run("generate", "--children", "10")).isEqualTo(2);
        assertThat(run("generate", "--children", "10", "--out", dir.resolve("x").toString(), "--as-of", "yesterday")).isEqualTo(2);
        assertThat(run("nonsense")).isEqualTo(2);
    }
}
