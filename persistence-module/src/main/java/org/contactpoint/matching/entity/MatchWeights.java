package org.contactpoint.matching.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Fellegi–Sunter weights: for each field and agreement level, m (how often true matches agree so) and u (how often
 * non-matches do); the level's weight is log2(m/u), and MISSING weighs 0. With the two thresholds: a total at or
 * above {@code upper} links, below {@code lower} creates a new child, between goes to review. Read from a properties
 * file ({@code <field>.<LEVEL>.m}, {@code .u}, {@code threshold.upper}, {@code threshold.lower}); the default is
 * {@code match-weights.properties} beside this class, and a tool estimates one from loaded data.
 */
public final class MatchWeights {

    private final Map<MatchField, Map<Agreement, Double>> weights;
    private final double upper;
    private final double lower;

    private MatchWeights(Map<MatchField, Map<Agreement, Double>> weights, double upper, double lower) {
        this.weights = weights;
        this.upper = upper;
        this.lower = lower;
    }

    public static MatchWeights defaults() {
        try (InputStream in = MatchWeights.class.getResourceAsStream("match-weights.properties")) {
            Properties p = new Properties();
            p.load(in);
            return of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MatchWeights from(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = new Properties();
            p.load(in);
            return of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the first missing or impossible value (probabilities in (0, 1], lower
     *                                  threshold not above the upper)
     */
    public static MatchWeights of(Properties p) {
        Map<MatchField, Map<Agreement, Double>> weights = new EnumMap<>(MatchField.class);
        for (MatchField field : MatchField.values()) {
            Map<Agreement, Double> levels = new EnumMap<>(Agreement.class);
            for (Agreement level : field.levels()) {
                double m = probability(p, field.key() + "." + level.name() + ".m");
                double u = probability(p, field.key() + "." + level.name() + ".u");
                levels.put(level, Math.log(m / u) / Math.log(2));
            }
            levels.put(Agreement.MISSING, 0.0);
            weights.put(field, levels);
        }
        double upper = number(p, "threshold.upper");
        double lower = number(p, "threshold.lower");
        if (lower > upper) {
            throw new IllegalArgumentException("threshold.lower must not be above threshold.upper");
        }
        return new MatchWeights(weights, upper, lower);
    }

    private static double probability(Properties p, String key) {
        double value = number(p, key);
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must be a probability above 0 and at most 1, not " + value);
        }
        return value;
    }

    private static double number(Properties p, String key) {
        String text = p.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException(key + " is missing from the match weights");
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + text + "'");
        }
    }

    public double weight(MatchField field, Agreement level) {
        Double w = weights.get(field).get(level);
        if (w == null) {
            throw new IllegalArgumentException(field + " has no level " + level);
        }
        return w;
    }

    public double upper() {
        return upper;
    }

    public double lower() {
        return lower;
    }
}
