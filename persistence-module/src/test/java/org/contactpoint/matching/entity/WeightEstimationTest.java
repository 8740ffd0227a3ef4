package org.contactpoint.matching.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** EM recovers the m and u it is given: pairs drawn from known probabilities, the fit compared with them. */
class WeightEstimationTest {

    /** Truth for the draw: per field, m and u over its levels (in the field's order). */
    private static final Map<MatchField, double[][]> TRUTH = new EnumMap<>(Map.of(
            MatchField.NHS_NUMBER, new double[][]{{0.97, 0.03}, {0.0001, 0.9999}},
            MatchField.UPN, new double[][]{{0.95, 0.05}, {0.0001, 0.9999}},
            MatchField.GIVEN_NAME, new double[][]{{0.85, 0.05, 0.04, 0.04, 0.02}, {0.01, 0.005, 0.02, 0.03, 0.935}},
            MatchField.FAMILY_NAME, new double[][]{{0.85, 0.06, 0.04, 0.05}, {0.05, 0.03, 0.05, 0.87}},
            MatchField.DATE_OF_BIRTH, new double[][]{{0.93, 0.02, 0.04, 0.01}, {0.02, 0.005, 0.05, 0.925}},
            MatchField.GENDER, new double[][]{{0.98, 0.02}, {0.5, 0.5}},
            MatchField.POSTCODE, new double[][]{{0.7, 0.1, 0.2}, {0.01, 0.05, 0.94}}));

    @Test
    void recoversTheProbabilitiesAPopulationWasDrawnFrom() {
        Random random = new Random(2009);
        List<Map<MatchField, Agreement>> pairs = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            boolean match = random.nextDouble() < 0.2;
            Map<MatchField, Agreement> pattern = new EnumMap<>(MatchField.class);
            for (MatchField field : MatchField.values()) {
                boolean missing = (field == MatchField.NHS_NUMBER || field == MatchField.UPN || field == MatchField.POSTCODE)
                        && random.nextDouble() < 0.4;
                pattern.put(field, missing ? Agreement.MISSING : draw(field, TRUTH.get(field)[match ? 0 : 1], random));
            }
            pairs.add(pattern);
        }

        WeightEstimation.Fit fit = WeightEstimation.fit(pairs, 500);

        assertThat(fit.matchShare()).isCloseTo(0.2, within(0.01));
        for (MatchField field : MatchField.values()) {
            for (int l = 0; l < field.levels().size(); l++) {
                Agreement level = field.levels().get(l);
                assertThat(fit.m().get(field).get(level)).as("m " + field + " " + level).isCloseTo(TRUTH.get(field)[0][l], within(0.02));
                assertThat(fit.u().get(field).get(level)).as("u " + field + " " + level).isCloseTo(TRUTH.get(field)[1][l], within(0.02));
            }
        }
        MatchWeights written = MatchWeights.of(fit.asWeights(22, 12));
        assertThat(written.weight(MatchField.DATE_OF_BIRTH, Agreement.EXACT)).isPositive();
        assertThat(written.weight(MatchField.DATE_OF_BIRTH, Agreement.DIFFERENT)).isNegative();
    }

    private static Agreement draw(MatchField field, double[] probabilities, Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < probabilities.length; i++) {
            r -= probabilities[i];
            if (r < 0) {
                return field.levels().get(i);
            }
        }
        return field.levels().get(probabilities.length - 1);
    }
}
