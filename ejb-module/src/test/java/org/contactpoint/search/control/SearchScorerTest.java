package org.contactpoint.search.control;

import org.contactpoint.search.entity.JaroWinkler;

import org.contactpoint.search.entity.SearchKeys;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.search.api.SearchCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking: each row is a search and a held child; the score must be found (> 0) or not, and rank as the levels say. */
class SearchScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static SearchQuery query(String family, String given, String dob) {
        return SearchQuery.of(SearchCriteria.byName(family, given, LocalDate.parse(dob)), TODAY);
    }

    private static KeyRow held(String family, String given, String dob, Gender gender, String postcode) {
        var key = SearchKeys.key(new org.contactpoint.child.entity.Child(
                org.contactpoint.child.entity.ContactPointId.fromSerial(100_000_001L), given, family, LocalDate.parse(dob),
                gender, java.time.Instant.now()), org.contactpoint.search.entity.NameKind.CURRENT, given, family, postcode,
                org.contactpoint.contactdetails.entity.Postcodes.district(postcode), null);
        return new KeyRow(1, key.familyNorm(), key.familyMetaphone(), key.familyMetaphoneAlt(), key.familyNysiis(),
                key.givenNorm(), key.givenFirst(), key.givenMetaphone(), key.dateOfBirth(), key.gender(), key.postcode(),
                key.postcodeDistrict(), key.townNorm());
    }

    private static int score(String wantedFamily, String wantedGiven, String wantedDob, String family, String given, String dob) {
        return SearchScorer.of(query(wantedFamily, wantedGiven, wantedDob)).score(held(family, given, dob, Gender.FEMALE, null));
    }

    @ParameterizedTest(name = "{0} {1} {2} finds {3} {4} {5}")
    @CsvSource({
            "Smith,Olivia,2015-03-07,Smith,Olivia,2015-03-07",
            "Smyth,Olivia,2015-03-07,Smith,Olivia,2015-03-07",
            "Thomson,Olivia,2015-03-07,Thompson,Olivia,2015-03-07",
            "McDonald,Olivia,2015-03-07,MacDonald,Olivia,2015-03-07",
            "O'Brien,Olivia,2015-03-07,OBrien,Olivia,2015-03-07",
            "Smith-Jones,Olivia,2015-03-07,Smith Jones,Olivia,2015-03-07",
            "Smith,Liv,2015-03-07,Smith,Olivia,2015-03-07",
            "Smith,Olivia,2015-07-03,Smith,Olivia,2015-03-07",
            "Smith,Olivia,2015-03-08,Smith,Olivia,2015-03-07",
            "Smith,Olivia,2016-03-07,Smith,Olivia,2015-03-07",
            "Smith,Olivai,2015-03-07,Smith,Olivia,2015-03-07",
            "Kowalski,Zoe,2015-03-07,Kowalski,Zoë,2015-03-07",
            "Onr,Burt,2015-03-07,Orn,Burt,2015-03-07"})
    void findsTheChildDespiteTheDifference(String wf, String wg, String wd, String f, String g, String d) {
        assertThat(score(wf, wg, wd, f, g, d)).isPositive();
    }

    @ParameterizedTest(name = "{0} {2} does not find {3} {5}")
    @CsvSource({
            "Smith,Olivia,2015-03-07,Jones,Olivia,2015-03-07",
            "Smith,Olivia,2015-03-07,Smith,Olivia,2016-04-08",
            "Patel,Olivia,2015-03-07,Begum,Olivia,2015-03-07",
            "Nor,Olivia,2015-03-07,Orn,Olivia,2015-03-07"})
    void doesNotFindAnotherChild(String wf, String wg, String wd, String f, String g, String d) {
        assertThat(score(wf, wg, wd, f, g, d)).isZero();
    }

    @Test
    void exactBeatsPhoneticBeatsNicknameBeatsNearSpelling() {
        int exact = score("Smith", "William", "2015-03-07", "Smith", "William", "2015-03-07");
        int phonetic = score("Smith", "Wiliam", "2015-03-07", "Smith", "William", "2015-03-07");
        int nickname = score("Smith", "Bill", "2015-03-07", "Smith", "William", "2015-03-07");
        int familyPhonetic = score("Smyth", "William", "2015-03-07", "Smith", "William", "2015-03-07");
        assertThat(exact).isGreaterThan(phonetic).isGreaterThan(familyPhonetic);
        assertThat(phonetic).isGreaterThan(nickname);
    }

    @Test
    void aShortNameWithTwoNeighbouringLettersSwappedIsANearSpelling() {
        assertThat(score("Orn", "Ebn", "2015-03-07", "Orn", "Ben", "2015-03-07"))
                .isGreaterThan(score("Orn", "Zed", "2015-03-07", "Orn", "Ben", "2015-03-07"));
        assertThat(SearchScorer.near("onr", "orn")).isTrue();
        assertThat(SearchScorer.near("nor", "orn")).as("moved, not swapped").isFalse();
        assertThat(SearchScorer.near("orn", "orn")).isTrue();
        assertThat(SearchScorer.near("ab", "ba")).isTrue();
    }

    @Test
    void exactDateBeatsSwappedBeatsOnePartOff() {
        int exact = score("Smith", "Olivia", "2015-03-07", "Smith", "Olivia", "2015-03-07");
        int swapped = score("Smith", "Olivia", "2015-07-03", "Smith", "Olivia", "2015-03-07");
        int off = score("Smith", "Olivia", "2015-03-09", "Smith", "Olivia", "2015-03-07");
        assertThat(exact).isGreaterThan(swapped).isGreaterThan(off).isPositive();
    }

    @Test
    void twinsAreBothFoundAndTheNamedTwinRanksFirst() {
        SearchQuery q = query("Smith", "Olivia", "2015-03-07");
        int olivia = SearchScorer.of(q).score(held("Smith", "Olivia", "2015-03-07", Gender.FEMALE, "NG2 7QP"));
        int twin = SearchScorer.of(q).score(held("Smith", "Amelia", "2015-03-07", Gender.FEMALE, "NG2 7QP"));
        assertThat(twin).isPositive();
        assertThat(olivia).isGreaterThan(twin);
    }

    @Test
    void aMissingPostcodeCostsNothingAndAMatchingOneHelps() {
        SearchQuery q = SearchQuery.of(new SearchCriteria("Smith", "Olivia", LocalDate.parse("2015-03-07"), null, null, null,
                "female", "NG2 7QP", null, null, null, null), TODAY);
        int withPostcode = SearchScorer.of(q).score(held("Smith", "Olivia", "2015-03-07", Gender.FEMALE, "NG2 7QP"));
        int districtOnly = SearchScorer.of(q).score(held("Smith", "Olivia", "2015-03-07", Gender.FEMALE, "NG2 1AA"));
        int without = SearchScorer.of(q).score(held("Smith", "Olivia", "2015-03-07", Gender.FEMALE, null));
        int otherGender = SearchScorer.of(q).score(held("Smith", "Olivia", "2015-03-07", Gender.MALE, null));
        assertThat(withPostcode).isGreaterThan(districtOnly).isGreaterThan(without).isGreaterThan(otherGender);
        assertThat(without).isPositive();
    }

    @Test
    void oneScorerForManyRowsScoresEachAsAFreshOneWould() {
        // the scorer remembers name scores: rows sharing a first given name or a family spelling but not the rest
        // must still score apart (Ann is another part of Mary Ann, not of Mary)
        SearchQuery q = SearchQuery.of(new SearchCriteria("Smith", "Ann", null, 2015, null, null, "female", null, null,
                null, null, null), TODAY);
        var rows = java.util.List.of(held("Smith", "Mary Ann", "2015-03-07", Gender.FEMALE, null),
                held("Smith", "Mary", "2015-03-07", Gender.FEMALE, null),
                held("Smyth", "Ann", "2015-04-07", Gender.FEMALE, "NG2 7QP"),
                held("Smith", "Ann", "2015-05-07", Gender.MALE, null),
                held("Smith-Jones", "Annie", "2015-06-07", Gender.FEMALE, null),
                held("Smith", "Mary Ann", "2016-03-07", Gender.FEMALE, null));
        SearchScorer shared = SearchScorer.of(q);
        var scores = rows.stream().map(shared::score).toList();
        assertThat(scores).isEqualTo(rows.stream().map(r -> SearchScorer.of(q).score(r)).toList());
        assertThat(scores.get(0)).isGreaterThan(scores.get(1));
        assertThat(scores.get(5)).as("born outside the year").isZero();
    }

    @Test
    void jaroWinklerOfKnownPairs() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }
}
