package org.contactpoint.feed.control;

import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.matching.entity.MatchScorer;

import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.feed.api.FeedRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What matching compares of a feed record, and how a score's agreements are kept with a review. */
final class MatchRecords {

    private MatchRecords() {
    }

    static MatchRecord of(FeedRecord r) {
        List<String> given = new ArrayList<>();
        given.add(r.givenNames());
        given.addAll(r.knownAs());
        return new MatchRecord(given, r.familyName(), r.dateOfBirth(), r.gender().name(),
                r.address() == null ? null : r.address().postcode(), r.identifiers().get(IdentifierScheme.NHS),
                r.identifiers().get(IdentifierScheme.UPN));
    }

    /** "nhs=MISSING;upn=MISSING;given=EXACT;…" in the scorer's field order, then "names=SWAPPED" if they were. */
    static String agreements(MatchScorer.Score score) {
        return score.agreements().entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(";")) + (score.namesSwapped() ? ";" + SWAPPED : "");
    }

    /** Kept with a review whose names agree only the wrong way round. */
    static final String SWAPPED = "names=SWAPPED";
}
