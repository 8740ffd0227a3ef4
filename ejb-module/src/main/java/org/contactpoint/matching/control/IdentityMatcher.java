package org.contactpoint.matching.control;

import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.matching.entity.MatchWeights;
import org.contactpoint.matching.entity.MatchScorer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * Matches a source record against the held children: blocking, scoring, deciding. The weights are read once at
 * start: from the file named by the system property {@value #WEIGHTS_PROPERTY} (written by the {@code tools
 * match-weights} command from a loaded data set) or, without it, the built-in first estimates.
 */
@ApplicationScoped
public class IdentityMatcher {

    public static final String WEIGHTS_PROPERTY = "contactpoint.match-weights";
    private static final Logger LOG = Logger.getLogger(IdentityMatcher.class.getName());

    @Inject
    MatchCandidates candidates;

    @Inject
    ReviewDecisions decisions;

    private MatchScorer scorer;

    /** Read at deployment: a bad file then stops the start with its key named, instead of failing every feed record. */
    void atStart(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        // observing the start makes the container create this bean, and so read the file, now
    }

    @PostConstruct
    void loadWeights() {
        String file = System.getProperty(WEIGHTS_PROPERTY);
        MatchWeights weights = file == null || file.isBlank() ? MatchWeights.defaults() : MatchWeights.from(Path.of(file));
        LOG.info(() -> "Identity matching weights: " + (file == null || file.isBlank() ? "built-in" : file)
                + " (link above " + weights.upper() + ", create below " + weights.lower() + ")");
        scorer = new MatchScorer(weights);
    }

    /** The decision for this record, remembering the review queue's "different children" decisions. */
    public IdentityDecision.Result match(MatchRecord record) {
        return match(record, candidates.of(record));
    }

    /** As {@link #match(MatchRecord)}, against candidates already found (a chunk's, {@link MatchCandidates#forChunk}). */
    public IdentityDecision.Result match(MatchRecord record, List<MatchCandidates.Candidate> found) {
        List<IdentityDecision.Scored> scored = found.stream()
                .filter(c -> !c.metByBirthdayOnly() || IdentityDecision.mayBeInDoubt(record, c.record()))
                .map(c -> new IdentityDecision.Scored(c, scorer.score(record, c.record())))
                .toList();
        IdentityDecision.Result result = IdentityDecision.decide(scored);
        if (result.outcome() != IdentityDecision.Outcome.REVIEW || scored.size() < 2) {
            return result;
        }
        return IdentityDecision.decide(scored, decisions.differentAmong(scored.stream().map(s -> s.candidate().childId()).toList()));
    }

    public MatchScorer scorer() {
        return scorer;
    }
}
