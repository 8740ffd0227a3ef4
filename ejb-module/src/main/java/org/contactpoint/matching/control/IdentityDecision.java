package org.contactpoint.matching.control;

import org.contactpoint.matching.entity.Agreement;
import org.contactpoint.matching.entity.FieldComparator;
import org.contactpoint.matching.entity.MatchField;
import org.contactpoint.matching.entity.MatchRecord;
import org.contactpoint.matching.entity.MatchScorer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a source record becomes, from its scored candidates. One candidate above the upper threshold: linked to it.
 * Several: linked to the one it names, the best that alone has its first given name (twins named alike) or that
 * scores far above the rest; otherwise review against the best (two held children both look like this record, so a
 * person decides). Otherwise the best between the thresholds is reviewed, and below the lower one the record creates
 * a child.
 * Shield-safe first: a shielded child that scores at review level or above is never passed over for another child,
 * because feeding its details into an unshielded record is exactly how a shielded child's location leaks, unless it
 * lives elsewhere and the one clear link far outscores it ({@link #elsewhere}). The record
 * is then reviewed against the shielded child, and the child it becomes is shielded at once. A record that would
 * otherwise make a new child is also reviewed and shielded when a shielded child could still be it
 * ({@link #inDoubtWithShielded}). A shielded child met by its birthday alone counts for that doubt only: sharing a
 * middle name and a birthday with a shielded child of another family and address is no reason to review.
 * <p>
 * Two different NHS numbers are two children: the register gives each child one, and a keying slip fails the check
 * digit. So a record is never reviewed against an unshielded child whose NHS number differs from its own (the scorer
 * never links them). Those reviews were twins sharing a middle name, and children of common names born the same day:
 * 1.86 % of the health register at 12 million children, growing with the population. A shielded child is still
 * reviewed against, and the record shielded, as before: a wrong NHS number must not make a shielded child's
 * unshielded duplicate.
 */
public final class IdentityDecision {

    public enum Outcome { LINK, REVIEW, CREATE }

    /** A candidate and its score against the record. */
    public record Scored(MatchCandidates.Candidate candidate, MatchScorer.Score score) {
    }

    /** The outcome, the candidate it is against (none for CREATE) and whether the record's child must be shielded. */
    public record Result(Outcome outcome, Optional<Scored> against, boolean shield) {

        static Result create() {
            return new Result(Outcome.CREATE, Optional.empty(), false);
        }
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble((Scored s) -> s.score().total()).reversed()
            .thenComparingLong(s -> s.candidate().childId());

    private IdentityDecision() {
    }

    public static Result decide(List<Scored> scored) {
        return decide(scored, (a, b) -> false);
    }

    /** Whether a person decided that two held children are different children. */
    @FunctionalInterface
    public interface DecidedDifferent {
        boolean test(long childId, long otherChildId);
    }

    /**
     * As {@link #decide(List)}, remembering decisions: when the one clear match was decided to be a different child
     * from the child this record would be reviewed against, that pair is not proposed again and the record links.
     */
    public static Result decide(List<Scored> scored, DecidedDifferent different) {
        List<Scored> ranked = scored.stream().filter(s -> s.score().decision() != MatchScorer.Decision.CREATE)
                .filter(s -> !s.candidate().metByBirthdayOnly())
                .filter(s -> s.candidate().shielded() || !nhsNumbersDiffer(s)).sorted(BEST_FIRST).toList();
        Optional<Scored> shielded = ranked.stream().filter(s -> s.candidate().shielded()).findFirst();
        List<Scored> links = named(ranked.stream().filter(s -> s.score().decision() == MatchScorer.Decision.LINK).toList());
        if (links.size() == 1 && shielded.map(s -> s == links.get(0) || elsewhere(s, links.get(0))).orElse(true)) {
            return new Result(Outcome.LINK, Optional.of(links.get(0)), false);
        }
        Optional<Scored> doubt = shielded.or(() -> scored.stream().filter(IdentityDecision::inDoubtWithShielded)
                .sorted(BEST_FIRST).findFirst());
        if (ranked.isEmpty() && doubt.isEmpty()) {
            return Result.create();
        }
        Scored against = doubt.orElseGet(() -> ranked.get(0));
        if (links.size() == 1 && against != links.get(0)
                && different.test(links.get(0).candidate().childId(), against.candidate().childId())) {
            return new Result(Outcome.LINK, Optional.of(links.get(0)), false);
        }
        return new Result(Outcome.REVIEW, Optional.of(against), against.candidate().shielded());
    }

    /**
     * Of several children the record would link to, the one it names, when no identifier speaks for another: the best,
     * if it alone has the record's first given name (twins named alike, Jack and Jake, both score as a record of Jake;
     * Matthew and his brother George Matthew as a record of Matthew), or if it has it and scores
     * {@value #CLEARLY_BETTER} bits or more above the next on the fields both hold (2^8 = 256 times as likely under the
     * weights: a girl born on the day the record says, not another of her name whose birthday differs in one part).
     * Otherwise all of them, for a person to decide.
     */
    private static List<Scored> named(List<Scored> links) {
        if (links.size() < 2) {
            return links;
        }
        Scored best = links.get(0);
        List<Scored> firstNamed = links.stream().filter(s -> s.score().firstNamesAgree()).toList();
        boolean alone = firstNamed.size() == 1 && firstNamed.get(0).score().total() >= best.score().total();
        Scored chosen = alone ? firstNamed.get(0)
                : best.score().firstNamesAgree() && best.score().total() - links.get(1).score().total() >= CLEARLY_BETTER
                && links.stream().skip(1).noneMatch(s -> missingWhereBestIsNot(s, best)) ? best
                : null;
        boolean identifierForAnother = links.stream().filter(s -> s != chosen).anyMatch(s -> s.score().identifierAgrees());
        return chosen != null && !identifierForAnother ? List.of(chosen) : links;
    }

    /**
     * A field the other candidate lacks scores nothing: it is no evidence against that candidate. Twins, one held
     * without a postcode, would otherwise be told apart by it alone.
     */
    private static boolean missingWhereBestIsNot(Scored other, Scored best) {
        return other.score().agreements().entrySet().stream().anyMatch(e -> e.getValue() == Agreement.MISSING
                && best.score().agreements().getOrDefault(e.getKey(), Agreement.MISSING) != Agreement.MISSING);
    }

    /** The weight (log2 of the likelihood ratio) by which the best of several links must beat the next to be chosen. */
    static final double CLEARLY_BETTER = 8;

    /**
     * A shielded child living elsewhere (postcode different or unknown) whom the one clear link outscores by
     * {@value #CLEARLY_BETTER} bits or more if it is of another family (family name different), or by twice that
     * (65,536 times as likely under the weights) if not: the record is the link's, not the shielded child's, so linking
     * it writes nothing of the shielded child anywhere. At 12 million children shielded namesakes (another family,
     * born the same day) and children of the same name born a year or a month apart met several school records in a
     * hundred: each was reviewed and made a shielded child of its own, whose home then shielded the real child's
     * household, so shielding spread through unrelated families (docs/benchmarks.md, eighteenth run). A shielded child
     * at the record's postcode or in its district is still reviewed, and so is one the link does not outscore by so
     * much: a twin, a sibling or the child itself.
     */
    private static boolean elsewhere(Scored shielded, Scored link) {
        Map<MatchField, Agreement> agreements = shielded.score().agreements();
        Agreement postcode = agreements.getOrDefault(MatchField.POSTCODE, Agreement.MISSING);
        boolean anotherFamily = agreements.getOrDefault(MatchField.FAMILY_NAME, Agreement.MISSING) == Agreement.DIFFERENT;
        return link.score().total() - shielded.score().total() >= (anotherFamily ? 1 : 2) * CLEARLY_BETTER
                && (postcode == Agreement.DIFFERENT || postcode == Agreement.MISSING);
    }

    private static boolean nhsNumbersDiffer(Scored s) {
        return s.score().agreements().get(MatchField.NHS_NUMBER) == Agreement.DIFFERENT;
    }

    /**
     * Whether a shielded child met by its birthday alone could be in doubt with the record ({@link #inDoubtWithShielded},
     * the only use of such a candidate) at all, from the fields that are cheap to compare: a postcode or identifier
     * that disagrees, or a family name that agrees neither as written nor with the names turned round, rules it out.
     * At 12 million children with one in a hundred shielded, some sixty shielded children share a record's birthday
     * (or its day and month swapped), and scoring each in full took most of a school record's matching time
     * (docs/benchmarks.md, eighteenth run).
     */
    static boolean mayBeInDoubt(MatchRecord record, MatchRecord shielded) {
        return !livesOrIsIdentifiedApart(field -> FieldComparator.compare(field, record, shielded))
                && (familyMayBeTheSame(FieldComparator.compare(MatchField.FAMILY_NAME, record, shielded))
                || MatchScorer.familyAgreesTurned(record, shielded));
    }

    /** A postcode, NHS number or UPN against: the part of shield-safe doubt both checks above and below share. */
    private static boolean livesOrIsIdentifiedApart(java.util.function.Function<MatchField, Agreement> agreement) {
        return Stream.of(MatchField.POSTCODE, MatchField.NHS_NUMBER, MatchField.UPN)
                .anyMatch(field -> agreement.apply(field) == Agreement.DIFFERENT);
    }

    private static boolean familyMayBeTheSame(Agreement family) {
        return family.ordinal() <= Agreement.SIMILAR.ordinal();
    }

    /**
     * A shielded child scored below review level who may still be this record: born the same day (or with day and
     * month swapped), a family name that agrees or sounds alike, and postcodes that do not disagree (the same, the
     * same district, or one missing), with only the given names against. That is a twin, who lives in the shielded
     * child's home, or the shielded child with a mistyped or unrecognised given name (Tfry for Tory): either way a new
     * unshielded child would show where the shielded child lives, and the household check cannot see a home whose
     * postcode is missing. A different postcode with a different given name is left alone: at national scale many
     * children share a common family name and birthday.
     */
    static boolean inDoubtWithShielded(Scored s) {
        if (!s.candidate().shielded()) {
            return false;
        }
        var agreements = s.score().agreements();
        Agreement dob = agreements.getOrDefault(MatchField.DATE_OF_BIRTH, Agreement.MISSING);
        return (dob == Agreement.EXACT || dob == Agreement.SWAPPED)
                && familyMayBeTheSame(agreements.getOrDefault(MatchField.FAMILY_NAME, Agreement.MISSING))
                && !livesOrIsIdentifiedApart(field -> agreements.getOrDefault(field, Agreement.MISSING));
    }
}
