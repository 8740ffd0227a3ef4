package org.contactpoint.tools.matching;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.contactpoint.matching.entity.Agreement;
import org.contactpoint.matching.entity.FieldComparator;
import org.contactpoint.matching.entity.MatchField;
import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.matching.entity.MatchWeights;
import org.contactpoint.matching.entity.WeightEstimation;
import org.contactpoint.search.entity.NameKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code match-weights --out FILE FEED...}: estimates the m and u probabilities of identity matching from the feeds
 * of a data set, with no labels, by expectation–maximisation (the server's own {@link WeightEstimation}). Records of
 * different feeds are paired by the server's blocking keys (family-name sound + birth year; date of birth +
 * given-name sound), each pair's agreement per field is taken with the server's {@link FieldComparator}, and the
 * fitted weights are written as a weights file for {@code -Dcontactpoint.match-weights}.
 */
@Command(name = "match-weights", mixinStandardHelpOptions = true,
        description = "Estimates identity-matching weights (m/u) from feed files by EM and writes a weights file.")
public class MatchWeightsCommand implements Callable<Integer> {

    /** Bounds the pairs of one block (a very common name on one date). */
    private static final int PER_BLOCK = 40;
    /** Enough pairs sharing an identifier to measure m from them instead of inferring it. */
    private static final int MIN_ANCHORED = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "The weights file to write.")
    Path out;

    @Option(names = "--sample", defaultValue = "200000", description = "Records read from each feed (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--rounds", defaultValue = "200", description = "EM rounds at most (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--prior-pairs", defaultValue = "1000", description = "The built-in m counts as this many pairs "
            + "(a Dirichlet prior): a level seldom seen among the pairs m is measured from keeps a weight near the built-in "
            + "one instead of falling to the floor (default ${DEFAULT-VALUE}; 0 for none).")
    double priorPairs;

    @Option(names = "--upper", description = "Link threshold written to the file (default: the built-in one).")
    Double upper;

    @Option(names = "--lower", description = "Create threshold written to the file (default: the built-in one).")
    Double lower;

    @Parameters(arity = "2..*", paramLabel = "FEED", description = "Feed files of at least two sources (JSON Lines, FEED-FORMAT.md).")
    List<Path> feeds;

    @Override
    public Integer call() throws IOException {
        if (priorPairs < 0) {
            throw new ParameterException(spec.commandLine(), "--prior-pairs: must not be negative, got " + priorPairs);
        }
        if (sample < 100) {
            throw new ParameterException(spec.commandLine(), "--sample: must be at least 100, got " + sample);
        }
        for (Path feed : feeds) {
            if (!Files.isRegularFile(feed) || !Files.isReadable(feed)) {
                throw new ParameterException(spec.commandLine(), "FEED: " + feed + " is not a readable file");
            }
        }
        MatchWeights defaults = MatchWeights.defaults();
        double up = upper == null ? defaults.upper() : upper;
        double low = lower == null ? defaults.lower() : lower;
        if (low >= up) {
            throw new ParameterException(spec.commandLine(), "--lower: must be below --upper (" + low + " ≥ " + up + ")");
        }
        List<List<MatchRecord>> sources = new ArrayList<>();
        for (Path feed : feeds) {
            sources.add(read(feed));
        }
        List<Map<MatchField, Agreement>> byFamily = pairs(sources, 0);
        List<Map<MatchField, Agreement>> byDate = pairs(sources, 1);
        List<Map<MatchField, Agreement>> patterns = new ArrayList<>(byFamily);
        patterns.addAll(byDate);
        if (patterns.size() < 1000) {
            throw new IllegalStateException("only " + patterns.size() + " candidate pairs: give larger feeds or a larger --sample");
        }
        Map<MatchField, Map<Agreement, Double>> u = WeightEstimation.levelShares(randomPairs(sources, patterns.size()));
        // As Splink does: each rule's pairs agree on its keys by construction, so those fields are left out of the EM
        // over them and their m comes from the other rule's pairs.
        WeightEstimation.Fit family = WeightEstimation.fitWithU(masked(byFamily, MatchField.FAMILY_NAME), u, rounds);
        WeightEstimation.Fit date = WeightEstimation.fitWithU(masked(byDate, MatchField.DATE_OF_BIRTH, MatchField.GIVEN_NAME), u, rounds);
        Properties weights = family.asWeights(up, low);
        for (Agreement level : MatchField.FAMILY_NAME.levels()) {
            weights.setProperty(MatchField.FAMILY_NAME.key() + "." + level.name() + ".m",
                    Double.toString(date.m().get(MatchField.FAMILY_NAME).get(level)));
        }
        List<Map<MatchField, Agreement>> anchored = patterns.stream().filter(p -> p.get(MatchField.NHS_NUMBER) == Agreement.EXACT
                || p.get(MatchField.UPN) == Agreement.EXACT).toList();
        String method;
        if (anchored.size() >= MIN_ANCHORED) {
            // Pairs sharing an NHS number or UPN are the same child all but never: their other fields' agreement
            // shares are m, measured rather than inferred (EM on blocked pairs drifts when most pairs share the keys).
            Map<MatchField, Map<Agreement, Double>> m = WeightEstimation.levelShares(anchored);
            for (MatchField field : MatchField.values()) {
                if (field != MatchField.NHS_NUMBER && field != MatchField.UPN) {
                    for (Agreement level : field.levels()) {
                        weights.setProperty(field.key() + "." + level.name() + ".m", Double.toString(m.get(field).get(level)));
                    }
                    withPrior(weights, field, anchored.stream().filter(p -> p.get(field) != Agreement.MISSING).count());
                }
            }
            method = "m from " + anchored.size() + " pairs sharing an NHS number or UPN";
        } else {
            double matches = family.matchShare() * byFamily.size() + date.matchShare() * byDate.size();
            for (MatchField field : MatchField.values()) {
                withPrior(weights, field, matches);
            }
            method = "m by EM per blocking rule (" + family.rounds() + " and " + date.rounds() + " rounds)";
        }
        method += (priorPairs > 0 ? " with the built-in m as " + (long) priorPairs + " pairs" : "") + ", u from random pairs";
        keepDefaultsWhereUnseen(weights, patterns);
        for (MatchField identifier : List.of(MatchField.NHS_NUMBER, MatchField.UPN)) {
            for (Agreement level : identifier.levels()) {
                String key = identifier.key() + "." + level.name() + ".m";
                weights.setProperty(key, defaultsOf(key)); // a shared identifier cannot measure its own m
            }
        }
        MatchWeights.of(weights); // the server must accept what is written
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            weights.store(file, "Fitted by match-weights from " + feeds + ": " + patterns.size() + " candidate pairs; " + method);
        }
        spec.commandLine().getOut().printf("Wrote %s: %,d candidate pairs; %s%n", out, patterns.size(), method);
        MatchWeights fitted = MatchWeights.of(weights);
        for (MatchField field : MatchField.values()) {
            StringBuilder line = new StringBuilder(String.format("  %-8s", field.key()));
            for (Agreement level : field.levels()) {
                line.append(String.format(" %s %+.1f", level, fitted.weight(field, level)));
            }
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }

    /**
     * m pulled towards the built-in m, which counts as {@code --prior-pairs} pairs: m = (n·measured + α·built-in) /
     * (n + α). The pairs sharing an identifier come mostly from sources whose records of a child agree exactly (health
     * and the council's), so a nickname or a postcode in the same district is all but never seen among them; measured
     * alone, its m fell to the floor and it weighed against a link (recall 0.980 instead of 0.993 on generated feeds).
     */
    private void withPrior(Properties weights, MatchField field, double measuredPairs) {
        if (priorPairs <= 0) {
            return;
        }
        Properties builtIn = defaults();
        for (Agreement level : field.levels()) {
            String key = field.key() + "." + level.name() + ".m";
            double measured = Double.parseDouble(weights.getProperty(key));
            double prior = Double.parseDouble(builtIn.getProperty(key));
            weights.setProperty(key, Double.toString((measuredPairs * measured + priorPairs * prior) / (measuredPairs + priorPairs)));
        }
    }

    /** Random cross-source pairs, as many as the candidate pairs: nearly all non-matches, so their agreement shares are u. */
    private static List<Map<MatchField, Agreement>> randomPairs(List<List<MatchRecord>> sources, int count) {
        java.util.Random random = new java.util.Random(1);
        List<Map<MatchField, Agreement>> patterns = new ArrayList<>(count);
        while (patterns.size() < count) {
            int a = random.nextInt(sources.size());
            int b = random.nextInt(sources.size());
            if (a == b || sources.get(a).isEmpty() || sources.get(b).isEmpty()) {
                continue;
            }
            MatchRecord x = sources.get(a).get(random.nextInt(sources.get(a).size()));
            MatchRecord y = sources.get(b).get(random.nextInt(sources.get(b).size()));
            Map<MatchField, Agreement> pattern = new EnumMap<>(MatchField.class);
            for (MatchField field : MatchField.values()) {
                pattern.put(field, FieldComparator.compare(field, x, y));
            }
            patterns.add(pattern);
        }
        return patterns;
    }

    private static List<Map<MatchField, Agreement>> masked(List<Map<MatchField, Agreement>> patterns, MatchField... fields) {
        return patterns.stream().map(p -> {
            Map<MatchField, Agreement> copy = new EnumMap<>(p);
            for (MatchField f : fields) {
                copy.put(f, Agreement.MISSING);
            }
            return (Map<MatchField, Agreement>) copy;
        }).toList();
    }

    private static String defaultsOf(String key) {
        return defaults().getProperty(key);
    }

    private static Properties defaults() {
        Properties defaults = new Properties();
        try (var in = MatchWeights.class.getResourceAsStream("match-weights.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return defaults;
    }

    /** A field never present on both sides of a pair (UPN in one source only) keeps the built-in m and u. */
    private static void keepDefaultsWhereUnseen(Properties weights, List<Map<MatchField, Agreement>> patterns) {
        Properties defaults = defaults();
        for (MatchField field : MatchField.values()) {
            boolean seen = patterns.stream().anyMatch(p -> p.get(field) != Agreement.MISSING);
            if (!seen) {
                for (Agreement level : field.levels()) {
                    for (String part : List.of(".m", ".u")) {
                        String key = field.key() + "." + level.name() + part;
                        weights.setProperty(key, defaults.getProperty(key));
                    }
                }
            }
        }
    }

    private List<MatchRecord> read(Path feed) throws IOException {
        List<MatchRecord> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(feed, StandardCharsets.UTF_8)) {
            long lineNo = 0;
            for (String line = in.readLine(); line != null && records.size() < sample; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(record(Json.createReader(new StringReader(line)).readObject()));
                } catch (RuntimeException e) {
                    spec.commandLine().getErr().printf("%s line %d skipped: %s%n", feed, lineNo, e.getMessage());
                }
            }
        }
        return records;
    }

    private static MatchRecord record(JsonObject o) {
        List<String> given = new ArrayList<>(List.of(o.getString("givenNames")));
        if (o.containsKey("knownAs") && o.get("knownAs").getValueType() == JsonValue.ValueType.ARRAY) {
            o.getJsonArray("knownAs").getValuesAs(jakarta.json.JsonString.class).forEach(s -> given.add(s.getString()));
        }
        JsonObject ids = o.containsKey("identifiers") && !o.isNull("identifiers") ? o.getJsonObject("identifiers") : null;
        JsonObject address = o.containsKey("address") && !o.isNull("address") ? o.getJsonObject("address") : null;
        return new MatchRecord(given, o.getString("familyName"), LocalDate.parse(o.getString("dateOfBirth")),
                o.getString("gender"), address == null || !address.containsKey("postcode") || address.isNull("postcode")
                ? null : address.getString("postcode"), text(ids, "NHS"), text(ids, "UPN"));
    }

    private static String text(JsonObject o, String name) {
        return o == null || !o.containsKey(name) || o.isNull(name) ? null : o.getString(name);
    }

    /** Candidate pairs across sources by one blocking rule (0: family sound + birth year; 1: date of birth + given sound). */
    private static List<Map<MatchField, Agreement>> pairs(List<List<MatchRecord>> sources, int rule) {
        List<Map<MatchField, Agreement>> patterns = new ArrayList<>();
        for (int a = 0; a < sources.size(); a++) {
            Map<String, List<MatchRecord>> blocks = new HashMap<>();
            for (MatchRecord r : sources.get(a)) {
                for (String key : List.of(keys(r).get(rule))) {
                    List<MatchRecord> block = blocks.computeIfAbsent(key, k -> new ArrayList<>());
                    if (block.size() < PER_BLOCK) {
                        block.add(r);
                    }
                }
            }
            for (int b = a + 1; b < sources.size(); b++) {
                for (MatchRecord r : sources.get(b)) {
                    Set<MatchRecord> seen = new HashSet<>();
                    for (String key : List.of(keys(r).get(rule))) {
                        for (MatchRecord other : blocks.getOrDefault(key, List.of())) {
                            if (seen.add(other)) {
                                Map<MatchField, Agreement> pattern = new EnumMap<>(MatchField.class);
                                for (MatchField field : MatchField.values()) {
                                    pattern.put(field, FieldComparator.compare(field, r, other));
                                }
                                patterns.add(pattern);
                            }
                        }
                    }
                }
            }
        }
        return patterns;
    }

    private static List<String> keys(MatchRecord r) {
        String first = NameKeys.parts(r.givenNames().get(0)).stream().findFirst().orElse("");
        return List.of("f" + NameKeys.metaphone(r.familyName()) + "|" + r.dateOfBirth().getYear(),
                "g" + r.dateOfBirth() + "|" + NameKeys.metaphone(first));
    }
}
