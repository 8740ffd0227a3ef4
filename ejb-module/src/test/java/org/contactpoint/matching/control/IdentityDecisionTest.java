package org.contactpoint.matching.control;

import org.contactpoint.matching.entity.Agreement;
import org.contactpoint.matching.entity.MatchField;
import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.matching.entity.MatchScorer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** From scored candidates to what a record becomes, shielded children first. */
class IdentityDecisionTest {

    private static final MatchRecord ANY = new MatchRecord(List.of("Olivia"), "Smith", LocalDate.of(2015, 3, 7), "FEMALE",
            null, null, null);

    private static IdentityDecision.Scored scored(long id, boolean shielded, double total, MatchScorer.Decision decision) {
        return scored(id, shielded, total, decision, Map.of());
    }

    private static IdentityDecision.Scored scored(long id, boolean shielded, double total, MatchScorer.Decision decision,
                                                  Map<MatchField, Agreement> agreements) {
        return new IdentityDecision.Scored(new MatchCandidates.Candidate(id, "CP" + id, shielded, "E10000024", ANY),
                new MatchScorer.Score(total, agreements, decision));
    }

    /** Born the same day, family name sounding alike, given names against: a twin, or a mistyped given name. */
    private static Map<MatchField, Agreement> onlyGivenNamesAgainst(Agreement postcode) {
        return Map.of(MatchField.GIVEN_NAME, Agreement.DIFFERENT, MatchField.FAMILY_NAME, Agreement.PHONETIC,
                MatchField.DATE_OF_BIRTH, Agreement.EXACT, MatchField.GENDER, Agreement.EXACT, MatchField.POSTCODE, postcode,
                MatchField.NHS_NUMBER, Agreement.MISSING, MatchField.UPN, Agreement.MISSING);
    }

    private static IdentityDecision.Scored metByBirthdayOnly(long id, double total, MatchScorer.Decision decision,
                                                             Map<MatchField, Agreement> agreements) {
        return new IdentityDecision.Scored(new MatchCandidates.Candidate(id, "CP" + id, true, "E10000024", ANY, true),
                new MatchScorer.Score(total, agreements, decision));
    }

    @Test
    void aShieldedChildMetByItsBirthdayAloneCountsForShieldSafeDoubtOnly() {
        // another family at another address, sharing a given name and a birthday: reviewed if met by name, not here
        Map<MatchField, Agreement> anotherFamily = Map.of(MatchField.GIVEN_NAME, Agreement.EXACT, MatchField.FAMILY_NAME,
                Agreement.DIFFERENT, MatchField.DATE_OF_BIRTH, Agreement.EXACT, MatchField.GENDER, Agreement.EXACT,
                MatchField.POSTCODE, Agreement.DIFFERENT);
        assertThat(IdentityDecision.decide(List.of(metByBirthdayOnly(3, 12.4, MatchScorer.Decision.REVIEW, anotherFamily)))
                .outcome()).isEqualTo(IdentityDecision.Outcome.CREATE);
        assertThat(IdentityDecision.decide(List.of(scored(3, true, 12.4, MatchScorer.Decision.REVIEW, anotherFamily)))
                .outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);

        IdentityDecision.Result mistyped = IdentityDecision.decide(List.of(
                metByBirthdayOnly(4, 9, MatchScorer.Decision.CREATE, onlyGivenNamesAgainst(Agreement.MISSING))));
        assertThat(mistyped.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(mistyped.shield()).isTrue();
        assertThat(mistyped.against().orElseThrow().candidate().childId()).isEqualTo(4);
    }

    @Test
    void noCandidateCreates() {
        IdentityDecision.Result r = IdentityDecision.decide(List.of());
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.CREATE);
        assertThat(r.against()).isEmpty();
    }

    @Test
    void candidatesBelowTheLowerThresholdCreate() {
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, true, 8, MatchScorer.Decision.CREATE),
                scored(2, false, 11, MatchScorer.Decision.CREATE)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.CREATE);
        assertThat(r.shield()).isFalse();
    }

    @Test
    void oneClearMatchLinks() {
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, false, 30, MatchScorer.Decision.LINK),
                scored(2, false, 14, MatchScorer.Decision.REVIEW)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.LINK);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(1);
    }

    @Test
    void aShieldedChildMatchedClearlyIsLinkedWithoutMore() {
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(7, true, 30, MatchScorer.Decision.LINK)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.LINK);
        assertThat(r.shield()).isFalse();
    }

    @Test
    void twoClearMatchesAreForAPersonToDecide() {
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, false, 25, MatchScorer.Decision.LINK),
                scored(2, false, 31, MatchScorer.Decision.LINK)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(2);
        assertThat(r.shield()).isFalse();
    }

    /** A link-level candidate: everything agrees but perhaps the given name; its first given name is the record's or not. */
    private static IdentityDecision.Scored link(long id, boolean shielded, double total, boolean firstNameAgrees, Agreement nhs) {
        Map<MatchField, Agreement> agreements = Map.of(MatchField.GIVEN_NAME, firstNameAgrees ? Agreement.EXACT : Agreement.PHONETIC,
                MatchField.FAMILY_NAME, Agreement.EXACT, MatchField.DATE_OF_BIRTH, Agreement.EXACT, MatchField.GENDER,
                Agreement.EXACT, MatchField.POSTCODE, Agreement.EXACT, MatchField.NHS_NUMBER, nhs, MatchField.UPN, Agreement.MISSING);
        return new IdentityDecision.Scored(new MatchCandidates.Candidate(id, "CP" + id, shielded, "E10000024", ANY),
                new MatchScorer.Score(total, agreements, MatchScorer.Decision.LINK, false, firstNameAgrees));
    }

    @Test
    void ofSeveralClearMatchesTheRecordLinksToTheOneItNames() {
        // Jake's record against Jack (names sound alike) and Jake
        IdentityDecision.Result r = IdentityDecision.decide(List.of(link(1, false, 36, false, Agreement.MISSING),
                link(2, false, 39, true, Agreement.MISSING)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.LINK);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(2);
        // the record's first name is both children's: the one far better on the rest (a birthday, not a sister's)
        IdentityDecision.Result clearly = IdentityDecision.decide(List.of(link(1, false, 30.9, true, Agreement.MISSING),
                link(2, false, 39.8, true, Agreement.MISSING)));
        assertThat(clearly.outcome()).isEqualTo(IdentityDecision.Outcome.LINK);
        assertThat(clearly.against().orElseThrow().candidate().childId()).isEqualTo(2);

        // far better only because the other child's postcode is not held: twins sharing a first name, for a person
        Map<MatchField, Agreement> noPostcode = new java.util.EnumMap<>(link(1, false, 0, true, Agreement.MISSING).score().agreements());
        noPostcode.put(MatchField.POSTCODE, Agreement.MISSING);
        assertThat(IdentityDecision.decide(List.of(new IdentityDecision.Scored(
                        new MatchCandidates.Candidate(1, "CP1", false, "E10000024", ANY),
                        new MatchScorer.Score(29.4, noPostcode, MatchScorer.Decision.LINK, false, true)),
                link(2, false, 39.8, true, Agreement.MISSING))).outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);

        // two children it names about as well, or an NHS number agreeing with the other: a person decides
        assertThat(IdentityDecision.decide(List.of(link(1, false, 33, true, Agreement.MISSING),
                link(2, false, 39.8, true, Agreement.MISSING))).outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(IdentityDecision.decide(List.of(link(1, false, 45, false, Agreement.EXACT),
                link(2, false, 39, true, Agreement.MISSING))).outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(IdentityDecision.decide(List.of(link(1, false, 25, false, Agreement.MISSING),
                link(2, false, 39, false, Agreement.MISSING))).outcome()).as("far better, but its first name not the record's")
                .isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(IdentityDecision.decide(List.of(link(1, false, 39, false, Agreement.MISSING),
                link(2, false, 31, true, Agreement.MISSING))).outcome()).as("its first name, but another scores better")
                .isEqualTo(IdentityDecision.Outcome.REVIEW);

        // a shielded twin alike is never passed over: the record is reviewed against her and shielded
        IdentityDecision.Result shielded = IdentityDecision.decide(List.of(link(1, true, 36, false, Agreement.MISSING),
                link(2, false, 39, true, Agreement.MISSING)));
        assertThat(shielded.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(shielded.against().orElseThrow().candidate().childId()).isEqualTo(1);
        assertThat(shielded.shield()).isTrue();
    }

    @Test
    void anUncertainMatchIsReviewedAgainstTheBest() {
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, false, 13, MatchScorer.Decision.REVIEW),
                scored(2, false, 18, MatchScorer.Decision.REVIEW)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(2);
    }

    @Test
    void anUncertainMatchWithAShieldedChildIsShieldedAtOnce() {
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, true, 14, MatchScorer.Decision.REVIEW)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(r.shield()).isTrue();
    }

    @Test
    void aShieldedChildInDoubtIsNeverPassedOverForAnUnshieldedLink() {
        // Linking to child 1 would write a record that may be the shielded child's into an unshielded record.
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, false, 30, MatchScorer.Decision.LINK),
                scored(7, true, 15, MatchScorer.Decision.REVIEW)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(7);
        assertThat(r.shield()).isTrue();
    }

    @Test
    void aShieldedChildElsewhereIsPassedOverForAFarBetterLink() {
        // Andrew Hodkiewicz's school record: his own record agrees on everything (40 bits); a shielded Andrew of another
        // family born the same day lives elsewhere (14 bits), and so does a shielded Andrew Hodkiewicz born a year later
        Map<MatchField, Agreement> namesake = new java.util.EnumMap<>(Map.of(MatchField.GIVEN_NAME, Agreement.EXACT,
                MatchField.FAMILY_NAME, Agreement.DIFFERENT, MatchField.DATE_OF_BIRTH, Agreement.EXACT,
                MatchField.GENDER, Agreement.EXACT, MatchField.POSTCODE, Agreement.DIFFERENT));
        Map<MatchField, Agreement> aYearApart = new java.util.EnumMap<>(Map.of(MatchField.GIVEN_NAME, Agreement.EXACT,
                MatchField.FAMILY_NAME, Agreement.EXACT, MatchField.DATE_OF_BIRTH, Agreement.ONE_PART_OFF,
                MatchField.GENDER, Agreement.EXACT, MatchField.POSTCODE, Agreement.MISSING));
        // another family needs the clear margin (his own record without a postcode: 29.4 bits), the same name twice it
        for (var elsewhere : List.of(scored(7, true, 14, MatchScorer.Decision.REVIEW, namesake),
                scored(7, true, 40 - 8, MatchScorer.Decision.REVIEW, namesake),
                scored(7, true, 20.5, MatchScorer.Decision.REVIEW, aYearApart))) {
            IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, false, 40, MatchScorer.Decision.LINK), elsewhere));
            assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.LINK);
            assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(1);
            assertThat(r.shield()).isFalse();
        }

        // still reviewed and shielded: a link less far ahead, or a shielded child at the record's postcode or district
        Map<MatchField, Agreement> sameHome = new java.util.EnumMap<>(namesake);
        sameHome.put(MatchField.POSTCODE, Agreement.EXACT);
        Map<MatchField, Agreement> sameDistrict = new java.util.EnumMap<>(namesake);
        sameDistrict.put(MatchField.POSTCODE, Agreement.DISTRICT);
        for (var inDoubt : List.of(scored(7, true, 40 - 7.9, MatchScorer.Decision.REVIEW, namesake),
                scored(7, true, 40 - 15.9, MatchScorer.Decision.REVIEW, aYearApart),
                scored(7, true, 14, MatchScorer.Decision.REVIEW, sameHome),
                scored(7, true, 14, MatchScorer.Decision.REVIEW, sameDistrict))) {
            IdentityDecision.Result reviewed = IdentityDecision.decide(List.of(scored(1, false, 40, MatchScorer.Decision.LINK),
                    inDoubt));
            assertThat(reviewed.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
            assertThat(reviewed.against().orElseThrow().candidate().childId()).isEqualTo(7);
            assertThat(reviewed.shield()).isTrue();
        }
    }

    @Test
    void aShieldedChildMetByItsBirthdayIsScoredOnlyIfItCouldBeInDoubt() {
        MatchScorer scorer = new MatchScorer(org.contactpoint.matching.entity.MatchWeights.defaults());
        LocalDate born = LocalDate.of(2015, 3, 7);
        MatchRecord record = new MatchRecord(List.of("Tfry"), "Smith", born, "FEMALE", "NG2 7QP", null, null);
        MatchRecord noPostcode = new MatchRecord(List.of("Tfry"), "Smith", born, "FEMALE", null, null, null);
        List<MatchRecord> shielded = List.of(
                new MatchRecord(List.of("Tory"), "Smith", born, "FEMALE", null, null, null),       // in doubt: kept
                new MatchRecord(List.of("Tory"), "Smyth", born, "FEMALE", "NG2 7QP", null, null),  // in doubt: kept
                new MatchRecord(List.of("Smith"), "Tfry", born, "FEMALE", null, null, null),       // names turned: kept
                new MatchRecord(List.of("Tory"), "Smith", born, "FEMALE", "LS1 4AB", null, null),  // lives elsewhere
                new MatchRecord(List.of("Tfry"), "Jones", born, "FEMALE", null, null, null),       // another family
                new MatchRecord(List.of("Tory"), "Smith", born, "FEMALE", null, "9434765919", null));
        for (MatchRecord r : List.of(record, noPostcode)) {
            for (MatchRecord s : shielded) {
                boolean inDoubt = IdentityDecision.inDoubtWithShielded(new IdentityDecision.Scored(
                        new MatchCandidates.Candidate(9, "CP9", true, "E10000024", s, true), scorer.score(r, s)));
                if (inDoubt) {
                    assertThat(IdentityDecision.mayBeInDoubt(r, s)).as("%s against %s", r, s).isTrue();
                }
            }
        }
        assertThat(shielded.stream().map(s -> IdentityDecision.mayBeInDoubt(record, s)).toList())
                .containsExactly(true, true, true, false, false, true);
        MatchRecord withNhs = new MatchRecord(List.of("Tfry"), "Smith", born, "FEMALE", null, "4010232137", null);
        assertThat(IdentityDecision.mayBeInDoubt(withNhs, shielded.get(5))).as("two NHS numbers").isFalse();
    }

    @Test
    void aDifferentNhsNumberIsAnotherChildUnlessThatChildIsShielded() {
        // twins sharing a middle name: everything agrees but the NHS number (the scorer caps it at review)
        Map<MatchField, Agreement> twin = Map.of(MatchField.GIVEN_NAME, Agreement.EXACT, MatchField.FAMILY_NAME,
                Agreement.EXACT, MatchField.DATE_OF_BIRTH, Agreement.EXACT, MatchField.GENDER, Agreement.EXACT,
                MatchField.POSTCODE, Agreement.EXACT, MatchField.NHS_NUMBER, Agreement.DIFFERENT, MatchField.UPN, Agreement.MISSING);
        assertThat(IdentityDecision.decide(List.of(scored(1, false, 30.9, MatchScorer.Decision.REVIEW, twin))).outcome())
                .isEqualTo(IdentityDecision.Outcome.CREATE);

        IdentityDecision.Result shielded = IdentityDecision.decide(List.of(scored(2, true, 30.9, MatchScorer.Decision.REVIEW, twin)));
        assertThat(shielded.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(shielded.shield()).isTrue();

        // another candidate in doubt is still reviewed against; a different UPN alone is left to the reviewer
        Map<MatchField, Agreement> otherUpn = new java.util.EnumMap<>(twin);
        otherUpn.put(MatchField.NHS_NUMBER, Agreement.MISSING);
        otherUpn.put(MatchField.UPN, Agreement.DIFFERENT);
        IdentityDecision.Result r = IdentityDecision.decide(List.of(scored(1, false, 30.9, MatchScorer.Decision.REVIEW, twin),
                scored(3, false, 15, MatchScorer.Decision.REVIEW, otherUpn)));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(3);
    }

    @Test
    void aPairDecidedDifferentIsNotProposedAgain() {
        List<IdentityDecision.Scored> scored = List.of(scored(1, false, 30, MatchScorer.Decision.LINK),
                scored(7, true, 15, MatchScorer.Decision.REVIEW));
        // The team decided child 1 is not child 7: the record that clearly is child 1 links there.
        IdentityDecision.Result r = IdentityDecision.decide(scored, (a, b) -> a == 1 && b == 7);
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.LINK);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(1);
        assertThat(r.shield()).isFalse();
        // Undecided pairs are still reviewed.
        assertThat(IdentityDecision.decide(scored, (a, b) -> false).outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
    }

    @Test
    void aShieldedChildWhoCouldStillBeTheRecordIsReviewedAndShieldedInsteadOfANewUnshieldedChild() {
        // Tory (shielded, no postcode held) and a school's "Tfry" with a postcode: scored below review level
        IdentityDecision.Result r = IdentityDecision.decide(List.of(
                scored(7, true, 10, MatchScorer.Decision.CREATE, onlyGivenNamesAgainst(Agreement.MISSING)),
                scored(2, false, 11, MatchScorer.Decision.CREATE, onlyGivenNamesAgainst(Agreement.MISSING))));
        assertThat(r.outcome()).isEqualTo(IdentityDecision.Outcome.REVIEW);
        assertThat(r.against().orElseThrow().candidate().childId()).isEqualTo(7);
        assertThat(r.shield()).isTrue();
        // a twin at the same home, and a child reviewed against an unshielded one: the shielded child first
        assertThat(IdentityDecision.decide(List.of(
                scored(7, true, 10, MatchScorer.Decision.CREATE, onlyGivenNamesAgainst(Agreement.EXACT)),
                scored(2, false, 14, MatchScorer.Decision.REVIEW))).against().orElseThrow().candidate().childId()).isEqualTo(7);
    }

    @Test
    void aShieldedChildLeftAloneWhenMoreThanTheGivenNameDisagreesOrAnotherChildClearlyIsTheRecord() {
        // elsewhere in the country: a common family name and birthday, not the shielded child
        assertThat(IdentityDecision.decide(List.of(
                scored(7, true, 6, MatchScorer.Decision.CREATE, onlyGivenNamesAgainst(Agreement.DIFFERENT)))).outcome())
                .isEqualTo(IdentityDecision.Outcome.CREATE);
        // an unshielded child in the same doubt is a twin, not a leak
        assertThat(IdentityDecision.decide(List.of(
                scored(2, false, 10, MatchScorer.Decision.CREATE, onlyGivenNamesAgainst(Agreement.MISSING)))).outcome())
                .isEqualTo(IdentityDecision.Outcome.CREATE);
        // the shielded child's twin, clearly held already: linked to the twin
        IdentityDecision.Result twin = IdentityDecision.decide(List.of(scored(3, false, 30, MatchScorer.Decision.LINK),
                scored(7, true, 10, MatchScorer.Decision.CREATE, onlyGivenNamesAgainst(Agreement.EXACT))));
        assertThat(twin.outcome()).isEqualTo(IdentityDecision.Outcome.LINK);
        assertThat(twin.against().orElseThrow().candidate().childId()).isEqualTo(3);
        // two different identifiers: not the same child, whatever the names
        Map<MatchField, Agreement> otherNhs = new java.util.EnumMap<>(onlyGivenNamesAgainst(Agreement.MISSING));
        otherNhs.put(MatchField.NHS_NUMBER, Agreement.DIFFERENT);
        assertThat(IdentityDecision.decide(List.of(scored(7, true, 0, MatchScorer.Decision.CREATE, otherNhs))).outcome())
                .isEqualTo(IdentityDecision.Outcome.CREATE);
    }
}
