package org.contactpoint.matching.entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a source record against a candidate child: the sum of each field's weight at its agreement level, and the
 * decision by the two thresholds. Rules on top of the sum, where its independence assumption fails: twins share
 * family name, date of birth and address, so given names that disagree outright, with no identifier agreeing, are
 * different children (never linked, never queued); a boy and a girl whose given names are only alike (Louis and
 * Louise, Charlie and Charlotte) are most likely twins too, so they are at most reviewed, as are given names that
 * only sound alike and are spelt far apart (Lily and Lola); and two different NHS
 * numbers or UPNs are never linked on the strength of the other fields alone (at most review).
 */
public final class MatchScorer {

    public enum Decision { LINK, REVIEW, CREATE }

    /**
     * @param namesSwapped     the names agree only the wrong way round (given as family): a reviewer is told so
     * @param firstNamesAgree  a first given name of the record is one of the candidate's, as spelt (Matthew and Matthew,
     *                         not Matthew and George Matthew): which of several children a record names
     */
    public record Score(double total, Map<MatchField, Agreement> agreements, Decision decision, boolean namesSwapped,
                        boolean firstNamesAgree) {

        public Score(double total, Map<MatchField, Agreement> agreements, Decision decision) {
            this(total, agreements, decision, false, false);
        }

        /** The NHS number or the UPN is the same on both. */
        public boolean identifierAgrees() {
            return MatchScorer.identifierAgrees(agreements);
        }
    }

    private final MatchWeights weights;

    public MatchScorer(MatchWeights weights) {
        this.weights = weights;
    }

    public Score score(MatchRecord incoming, MatchRecord candidate) {
        Map<MatchField, Agreement> agreements = new EnumMap<>(MatchField.class);
        for (MatchField field : MatchField.values()) {
            agreements.put(field, FieldComparator.compare(field, incoming, candidate));
        }
        boolean namesSwapped = false;
        if (agreements.get(MatchField.GIVEN_NAME) == Agreement.DIFFERENT && agreements.get(MatchField.FAMILY_NAME) == Agreement.DIFFERENT) {
            MatchRecord turned = namesSwapped(incoming);
            Agreement given = FieldComparator.compare(MatchField.GIVEN_NAME, turned, candidate);
            Agreement family = FieldComparator.compare(MatchField.FAMILY_NAME, turned, candidate);
            if (given.ordinal() <= Agreement.PHONETIC.ordinal() && family.ordinal() <= Agreement.PHONETIC.ordinal()) {
                agreements.put(MatchField.GIVEN_NAME, given);
                agreements.put(MatchField.FAMILY_NAME, family);
                namesSwapped = true;
            }
        }
        double total = 0;
        for (Map.Entry<MatchField, Agreement> e : agreements.entrySet()) {
            total += weights.weight(e.getKey(), e.getValue());
        }
        Decision decision = decide(total, agreements);
        // Where twins and siblings look like one child keyed wrong, a person decides, unless an identifier agrees:
        // - names entered the wrong way round are a common slip, but two children can be named so too;
        // - a gender keyed wrong is rare, and with a given name also keyed wrong rarer still; boy and girl twins with
        //   names alike are not;
        // - given names that only sound alike and are spelt far apart (Lily and Lola, Mia and Maya, Ava and Eva) are
        //   two names as often as one mistyped.
        boolean boyAndGirlNamedAlike = agreements.get(MatchField.GENDER) == Agreement.DIFFERENT
                && agreements.get(MatchField.GIVEN_NAME) != Agreement.EXACT;
        boolean namesOnlySoundAlike = !namesSwapped && agreements.get(MatchField.GIVEN_NAME) == Agreement.PHONETIC
                && !FieldComparator.soundAlikeSpeltAlike(incoming, candidate);
        if ((namesSwapped || boyAndGirlNamedAlike || namesOnlySoundAlike) && decision == Decision.LINK
                && !identifierAgrees(agreements)) {
            decision = Decision.REVIEW;
        }
        return new Score(total, agreements, decision, namesSwapped, !namesSwapped && FieldComparator.firstNamesAgree(incoming, candidate));
    }

    /**
     * The fields that count agree enough to link, and only a different NHS number or UPN held the pair back: the same
     * child with another's number, or a twin sharing a given name.
     */
    public boolean linksButForAnIdentifier(Score score) {
        return score.total() >= weights.upper() && score.decision() == Decision.REVIEW && !score.namesSwapped()
                && (score.agreements().get(MatchField.NHS_NUMBER) == Agreement.DIFFERENT
                || score.agreements().get(MatchField.UPN) == Agreement.DIFFERENT);
    }

    /**
     * Whether the record's names taken the other way round give a family name agreeing at least by sound: the most
     * {@link #score} takes them that way for. Without it, the family name agrees as the record has it or not at all.
     */
    public static boolean familyAgreesTurned(MatchRecord incoming, MatchRecord candidate) {
        return FieldComparator.compare(MatchField.FAMILY_NAME, namesSwapped(incoming), candidate).ordinal()
                <= Agreement.PHONETIC.ordinal();
    }

    /** The record with its given and family names the other way round (its first given names as the family name). */
    private static MatchRecord namesSwapped(MatchRecord r) {
        return new MatchRecord(List.of(r.familyName()), r.givenNames().isEmpty() ? "" : r.givenNames().get(0), r.dateOfBirth(),
                r.gender(), r.postcode(), r.nhsNumber(), r.upn());
    }

    private static boolean identifierAgrees(Map<MatchField, Agreement> agreements) {
        return agreements.get(MatchField.NHS_NUMBER) == Agreement.EXACT || agreements.get(MatchField.UPN) == Agreement.EXACT;
    }

    private Decision decide(double total, Map<MatchField, Agreement> agreements) {
        boolean identifierAgrees = identifierAgrees(agreements);
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
