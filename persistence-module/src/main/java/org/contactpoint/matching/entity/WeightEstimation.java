package org.contactpoint.matching.entity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Estimates the m and u probabilities of {@link MatchWeights} from the agreement patterns of candidate pairs, with no
 * labelled pairs, by expectation–maximisation under the Fellegi–Sunter model (fields independent given the pair's
 * match status). Pairs are grouped by pattern first, so millions of pairs cost a few thousand patterns per round.
 * A field missing on either side tells nothing and is left out of that field's sums.
 */
public final class WeightEstimation {

    /** Keeps a probability away from 0 (a level never seen among matches would weigh minus infinity). */
    static final double FLOOR = 1e-6;

    /** The fitted model: the share of pairs that match, and m and u per field and level. */
    public record Fit(double matchShare, Map<MatchField, Map<Agreement, Double>> m, Map<MatchField, Map<Agreement, Double>> u,
                      int rounds) {

        /** As a weights file, with the given thresholds. */
        public Properties asWeights(double upper, double lower) {
            Properties p = new Properties();
            for (MatchField field : MatchField.values()) {
                for (Agreement level : field.levels()) {
                    p.setProperty(field.key() + "." + level.name() + ".m", Double.toString(m.get(field).get(level)));
                    p.setProperty(field.key() + "." + level.name() + ".u", Double.toString(u.get(field).get(level)));
                }
            }
            p.setProperty("threshold.upper", Double.toString(upper));
            p.setProperty("threshold.lower", Double.toString(lower));
            return p;
        }
    }

    private WeightEstimation() {
    }

    /**
     * @param patterns each candidate pair's agreement per field
     * @param rounds   at most this many rounds; stops earlier when no probability moves by more than 1e-6
     */
    public static Fit fit(List<Map<MatchField, Agreement>> patterns, int rounds) {
        return fit(patterns, null, rounds);
    }

    /**
     * As {@link #fit(List, int)} with u given and held fixed: u measured directly on random pairs (which are almost
     * all non-matches) is more robust than u found by EM on blocked pairs, where most pairs agree on the blocking
     * keys and EM can settle on the wrong split.
     */
    public static Fit fitWithU(List<Map<MatchField, Agreement>> patterns, Map<MatchField, Map<Agreement, Double>> u, int rounds) {
        return fit(patterns, u, rounds);
    }

    /** Each field's share of pairs at each level (missing values left out): u from random pairs. */
    public static Map<MatchField, Map<Agreement, Double>> levelShares(List<Map<MatchField, Agreement>> patterns) {
        Map<MatchField, Map<Agreement, Double>> sums = zeros();
        for (Map<MatchField, Agreement> p : patterns) {
            p.forEach((field, level) -> {
                if (level != Agreement.MISSING) {
                    sums.get(field).merge(level, 1.0, Double::sum);
                }
            });
        }
        return normalised(sums);
    }

    private static Fit fit(List<Map<MatchField, Agreement>> patterns, Map<MatchField, Map<Agreement, Double>> fixedU, int rounds) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("no candidate pairs to estimate from");
        }
        Map<Map<MatchField, Agreement>, Long> counts = new HashMap<>();
        patterns.forEach(p -> counts.merge(p, 1L, Long::sum));
        Map<MatchField, Map<Agreement, Double>> m = start(true);
        Map<MatchField, Map<Agreement, Double>> u = fixedU != null ? fixedU : start(false);
        double share = 0.1;
        int round = 0;
        double moved = 1;
        while (round < rounds && moved > 1e-6) {
            round++;
            Map<MatchField, Map<Agreement, Double>> mSum = zeros();
            Map<MatchField, Map<Agreement, Double>> uSum = zeros();
            double gTotal = 0;
            double total = 0;
            for (Map.Entry<Map<MatchField, Agreement>, Long> e : counts.entrySet()) {
                double pm = share;
                double pu = 1 - share;
                for (Map.Entry<MatchField, Agreement> f : e.getKey().entrySet()) {
                    if (f.getValue() != Agreement.MISSING) {
                        pm *= m.get(f.getKey()).get(f.getValue());
                        pu *= u.get(f.getKey()).get(f.getValue());
                    }
                }
                double g = pm / (pm + pu);
                long n = e.getValue();
                gTotal += g * n;
                total += n;
                for (Map.Entry<MatchField, Agreement> f : e.getKey().entrySet()) {
                    if (f.getValue() != Agreement.MISSING) {
                        mSum.get(f.getKey()).merge(f.getValue(), g * n, Double::sum);
                        uSum.get(f.getKey()).merge(f.getValue(), (1 - g) * n, Double::sum);
                    }
                }
            }
            Map<MatchField, Map<Agreement, Double>> nextM = normalised(mSum);
            Map<MatchField, Map<Agreement, Double>> nextU = fixedU != null ? fixedU : normalised(uSum);
            moved = Math.max(Math.max(change(m, nextM), change(u, nextU)), Math.abs(share - gTotal / total));
            m = nextM;
            u = nextU;
            share = Math.min(1 - FLOOR, Math.max(FLOOR, gTotal / total));
        }
        return new Fit(share, m, u, round);
    }

    /** Matches mostly agree exactly; non-matches mostly disagree: a start on the right side of the symmetry. */
    private static Map<MatchField, Map<Agreement, Double>> start(boolean matches) {
        Map<MatchField, Map<Agreement, Double>> start = new EnumMap<>(MatchField.class);
        for (MatchField field : MatchField.values()) {
            Map<Agreement, Double> levels = new EnumMap<>(Agreement.class);
            int n = field.levels().size();
            for (Agreement level : field.levels()) {
                boolean exact = level == Agreement.EXACT;
                boolean different = level == Agreement.DIFFERENT;
                double value = matches ? (exact ? 0.9 : 0.1 / (n - 1)) : (different ? 0.9 : 0.1 / (n - 1));
                levels.put(level, value);
            }
            start.put(field, levels);
        }
        return start;
    }

    private static Map<MatchField, Map<Agreement, Double>> zeros() {
        Map<MatchField, Map<Agreement, Double>> zeros = new EnumMap<>(MatchField.class);
        for (MatchField field : MatchField.values()) {
            Map<Agreement, Double> levels = new EnumMap<>(Agreement.class);
            field.levels().forEach(l -> levels.put(l, 0.0));
            zeros.put(field, levels);
        }
        return zeros;
    }

    private static Map<MatchField, Map<Agreement, Double>> normalised(Map<MatchField, Map<Agreement, Double>> sums) {
        Map<MatchField, Map<Agreement, Double>> out = new EnumMap<>(MatchField.class);
        sums.forEach((field, levels) -> {
            double sum = levels.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<Agreement, Double> p = new EnumMap<>(Agreement.class);
            levels.forEach((level, v) -> p.put(level, sum == 0 ? 1.0 / levels.size() : Math.max(FLOOR, v / sum)));
            out.put(field, p);
        });
        return out;
    }

    private static double change(Map<MatchField, Map<Agreement, Double>> a, Map<MatchField, Map<Agreement, Double>> b) {
        double max = 0;
        for (MatchField field : a.keySet()) {
            for (Agreement level : a.get(field).keySet()) {
                max = Math.max(max, Math.abs(a.get(field).get(level) - b.get(field).get(level)));
            }
        }
        return max;
    }
}
