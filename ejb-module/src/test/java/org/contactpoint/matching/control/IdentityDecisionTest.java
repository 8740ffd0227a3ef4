package org.contactpoint.matching.control;

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
        return new IdentityDecision.Scored(new MatchCandidates.Candidate(id, "CP" + id, shielded, "E10000024", ANY),
                new MatchScorer.Score(total, Map.of(), decision));
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
}
