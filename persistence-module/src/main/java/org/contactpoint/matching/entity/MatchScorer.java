package org.contactpoint.matching.entity;

import java.util.EnumMap;
import java.util.Map;

/**
 * Scores a source record against a candidate child: the sum of each field's weight at its agreement level, and the
 * decision by the two thresholds. Two rules on top of the sum, where its independence assumption fails: twins share
 * family name, date of birth and address, so given names that disagree outright, with no identifier agreeing, are
 * different children (never linked, never queued); and two different NHS numbers or UPNs are never linked on the
 * strength of the other fields alone (at most review).
 */
public final class MatchScorer {

    public enum Decision { LINK, REVIEW, CREATE }

    public record Score(double total, Map<MatchField, Agreement> agreements, Decision decision) {
    }

    private final MatchWeights weights;

    public MatchScorer(MatchWeights weights) {
        this.weights = weights;
    }

    public Score score(MatchRecord incoming, MatchRecord candidate) {
        Map<MatchField, Agreement> agreements = new EnumMap<>(MatchField.class);
        double total = 0;
        for (MatchField field : MatchField.values()) {
            Agreement level = FieldComparator.compare(field, incoming, candidate);
            agreements.put(field, level);
            total += weights.weight(field, level);
        }
        return new Score(total, agreements, decide(total, agreements));
    }

    private Decision decide(double total, Map<MatchField, Agreement> agreements) {
        boolean identifierAgrees = agreements.get(MatchField.NHS_NUMBER) == Agreement.EXACT
                || agreements.get(MatchField.UPN) == Agreement.EXACT;
        if (agreements.get(MatchField.GIVEN_NAME) == Agreement.DIFFERENT && !identifierAgrees) {
            return Decision.CREATE;
        }
        boolean identifierDisagrees = agreements.get(MatchField.NHS_NUMBER) == Agreement.DIFFERENT
                || agreements.get(MatchField.UPN) == Agreement.DIFFERENT;
        if (total >= weights.upper()) {
            return identifierDisagrees && !identifierAgrees ? Decision.REVIEW : Decision.LINK;
        }
        return total < weights.lower() ? Decision.CREATE : Decision.REVIEW;
    }
}
