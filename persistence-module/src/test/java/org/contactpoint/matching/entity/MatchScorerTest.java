package org.contactpoint.matching.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pairs as real feeds produce them, against the default weights: what links, what is queued, what stays apart. */
class MatchScorerTest {

    private static final MatchScorer SCORER = new MatchScorer(MatchWeights.defaults());

    private static MatchRecord record(String given, String family, String dob, String gender, String postcode, String nhs) {
        return new MatchRecord(List.of(given.split("\\|")), family, LocalDate.parse(dob), gender,
                postcode.isEmpty() ? null : postcode, nhs.isEmpty() ? null : nhs, null);
    }

    @ParameterizedTest(name = "{0} → {13}")
    @CsvSource(delimiter = ';', textBlock = """
            the same record;                      Olivia;       Smith;    2015-03-07; female; NG2 7QP;  ;           Olivia;        Smith;    2015-03-07; female; NG2 7QP;  ;           LINK
            a misspelt family name;               Olivia;       Thompson; 2015-03-07; female; NG2 7QP;  ;           Olivia;        Thomson;  2015-03-07; female; NG2 7QP;  ;           LINK
            a nickname, no postcode;              Bill;         Walsh;    2012-11-02; male;   ;         ;           William;       Walsh;    2012-11-02; male;   ;         ;           LINK
            known by a middle name;               Grace;        Okafor;   2016-05-20; female; S80 1AB;  ;           Amara|Grace;   Okafor;   2016-05-20; female; S80 1AB;  ;           LINK
            a family that moved;                  Leo;          Brennan;  2014-09-30; male;   LS6 2AA;  ;           Leo;           Brennan;  2014-09-30; male;   NG5 1HQ;  ;           LINK
            day and month swapped, same address;  Mia;          Kowalski; 2013-04-07; female; NG9 3PT;  ;           Mia;           Kowalski; 2013-07-04; female; NG9 3PT;  ;           LINK
            day and month swapped and moved;      Mia;          Kowalski; 2013-04-07; female; NG9 3PT;  ;           Mia;           Kowalski; 2013-07-04; female; LS1 4AP;  ;           REVIEW
            twins;                                Jack;         Patel;    2017-01-15; male;   NG2 7QP;  ;           Harry;         Patel;    2017-01-15; male;   NG2 7QP;  ;           CREATE
            siblings;                             Ava;          Jones;    2015-06-01; female; NG2 7QP;  ;           Ella;          Jones;    2012-02-11; female; NG2 7QP;  ;           CREATE
            a renamed child with its NHS number;  Jordan;       Lee;      2011-08-08; male;   NG18 1AA; 9434765919; Casey;         Lee;      2011-08-08; male;   NG18 1AA; 9434765919; LINK
            different NHS numbers;                Olivia;       Smith;    2015-03-07; female; NG2 7QP;  9434765919; Olivia;        Smith;    2015-03-07; female; NG2 7QP;  9434765870; REVIEW
            same name, another year and town;     Oliver;       Smith;    2015-03-07; male;   LS6 2AA;  ;           Oliver;        Smith;    2016-08-21; male;   NG2 7QP;  ;           CREATE
            names the wrong way round;            Olivia;       Smith;    2015-03-07; female; NG2 7QP;  ;           Smith;         Olivia;   2015-03-07; female; NG2 7QP;  ;           REVIEW
            names swapped, same NHS number;       Olivia;       Smith;    2015-03-07; female; NG2 7QP;  9434765919; Smith;         Olivia;   2015-03-07; female; NG2 7QP;  9434765919; LINK
            other names entirely;                 Olivia;       Smith;    2015-03-07; female; NG2 7QP;  ;           Grace;         Okafor;   2015-03-07; female; NG2 7QP;  ;           CREATE
            boy and girl twins, names alike;      Louis;        Patel;    2017-01-15; male;   NG2 7QP;  ;           Louise;        Patel;    2017-01-15; female; NG2 7QP;  ;           REVIEW
            twins Charlie and Charlotte;          Charlie;      Patel;    2017-01-15; male;   NG2 7QP;  ;           Charlotte;     Patel;    2017-01-15; female; NG2 7QP;  ;           REVIEW
            twins Daniel and Danielle, nearby;    Daniel;       Patel;    2017-01-15; male;   LS6 2AA;  ;           Danielle;      Patel;    2017-01-15; female; LS6 4BB;  ;           REVIEW
            a gender keyed wrong, same name;      Olivia;       Smith;    2015-03-07; male;   NG2 7QP;  ;           Olivia;        Smith;    2015-03-07; female; NG2 7QP;  ;           LINK
            a misspelt name, same gender;         Louis;        Patel;    2017-01-15; male;   NG2 7QP;  ;           Luis;          Patel;    2017-01-15; male;   NG2 7QP;  ;           LINK
            names alike, genders not, same NHS;   Louis;        Patel;    2017-01-15; male;   NG2 7QP;  9434765919; Louise;        Patel;    2017-01-15; female; NG2 7QP;  9434765919; LINK
            twins sharing a middle name;          Oliver James; Patel;    2017-01-15; male;   NG2 7QP;  ;           Harry James;   Patel;    2017-01-15; male;   NG2 7QP;  ;           CREATE
            twins sharing a middle, no postcode;  Oliver James; Patel;    2017-01-15; male;   ;         ;           Harry James;   Patel;    2017-01-15; male;   ;         ;           CREATE
            first and middle names reordered;     James Oliver; Patel;    2017-01-15; male;   NG2 7QP;  ;           Oliver James;  Patel;    2017-01-15; male;   NG2 7QP;  ;           LINK
            the first name alone;                 Oliver;       Patel;    2017-01-15; male;   NG2 7QP;  ;           Oliver James;  Patel;    2017-01-15; male;   NG2 7QP;  ;           LINK
            a misspelt first name, same middle;   Olvier James; Patel;    2017-01-15; male;   NG2 7QP;  ;           Oliver James;  Patel;    2017-01-15; male;   NG2 7QP;  ;           LINK
            twins Lily and Lola;                  Lily;         Patel;    2017-01-15; female; NG2 7QP;  ;           Lola;          Patel;    2017-01-15; female; NG2 7QP;  ;           REVIEW
            twins Mia and Maya, no postcode;      Mia;          Patel;    2017-01-15; female; ;         ;           Maya;          Patel;    2017-01-15; female; ;         ;           REVIEW
            twins Ava and Eva;                    Ava;          Patel;    2017-01-15; female; NG2 7QP;  ;           Eva;           Patel;    2017-01-15; female; NG2 7QP;  ;           REVIEW
            Lily and Lola, the same NHS number;   Lily;         Patel;    2017-01-15; female; NG2 7QP;  9434765919; Lola;          Patel;    2017-01-15; female; NG2 7QP;  9434765919; LINK
            a name misspelt, sounding the same;   Olivai;       Patel;    2017-01-15; female; LS6 2AA;  ;           Olivia;        Patel;    2017-01-15; female; NG2 7QP;  ;           LINK
            a spelling of the same name;          Jayden;       Patel;    2017-01-15; male;   NG2 7QP;  ;           Jaydon;        Patel;    2017-01-15; male;   NG2 7QP;  ;           LINK
            the middle name spelt otherwise;      Isobel;       Patel;    2017-01-15; female; NG2 7QP;  ;           Amara|Isabel;  Patel;    2017-01-15; female; NG2 7QP;  ;           LINK
            """)
    void decides(String name, String g1, String f1, String d1, String s1, String p1, String n1,
                 String g2, String f2, String d2, String s2, String p2, String n2, MatchScorer.Decision expected) {
        MatchScorer.Score score = SCORER.score(record(g1, f1, d1, s1, p1 == null ? "" : p1, n1 == null ? "" : n1),
                record(g2, f2, d2, s2, p2 == null ? "" : p2, n2 == null ? "" : n2));

        assertThat(score.decision()).as(name + " (total " + score.total() + ", " + score.agreements() + ")").isEqualTo(expected);
    }

    @Test
    void eachFieldsAgreementIsReported() {
        MatchScorer.Score score = SCORER.score(record("Katelyn", "Oconnor", "2014-02-03", "female", "NG2 7QP", ""),
                record("Kaitlyn", "O'Connor", "2014-02-03", "female", "NG2 9ZZ", ""));

        assertThat(score.agreements()).containsEntry(MatchField.GIVEN_NAME, Agreement.PHONETIC)
                .containsEntry(MatchField.FAMILY_NAME, Agreement.EXACT)
                .containsEntry(MatchField.POSTCODE, Agreement.DISTRICT)
                .containsEntry(MatchField.NHS_NUMBER, Agreement.MISSING);
    }

    @Test
    void firstNamesAgreeOnlyWhenAFirstGivenNameIsTheOthersAsSpelt() {
        assertThat(SCORER.score(record("Matthew", "Cruickshank", "2021-06-23", "male", "", ""),
                record("Matthew", "Cruickshank", "2021-06-23", "male", "", "")).firstNamesAgree()).isTrue();
        assertThat(SCORER.score(record("Matthew", "Cruickshank", "2021-06-23", "male", "", ""),
                record("George Matthew", "Cruickshank", "2021-06-23", "male", "", "")).firstNamesAgree()).isFalse();
        assertThat(SCORER.score(record("Jake", "Patel", "2017-01-15", "male", "", ""),
                record("Jack", "Patel", "2017-01-15", "male", "", "")).firstNamesAgree()).isFalse();
        // a known-as name counts as a first name of its own
        assertThat(SCORER.score(record("Liv", "Smith", "2015-03-07", "female", "", ""),
                record("Olivia Grace|Liv", "Smith", "2015-03-07", "female", "", "")).firstNamesAgree()).isTrue();
    }

    @Test
    void namesThatAgreeOnlyTheWrongWayRoundAreSaidToBeSwapped() {
        MatchScorer.Score swapped = SCORER.score(record("Smith", "Olivia", "2015-03-07", "female", "NG2 7QP", ""),
                record("Olivia", "Smith", "2015-03-07", "female", "NG2 7QP", ""));
        MatchScorer.Score straight = SCORER.score(record("Olivia", "Smith", "2015-03-07", "female", "NG2 7QP", ""),
                record("Olivia", "Smith", "2015-03-07", "female", "NG2 7QP", ""));

        assertThat(swapped.namesSwapped()).isTrue();
        assertThat(swapped.agreements()).containsEntry(MatchField.GIVEN_NAME, Agreement.EXACT);
        assertThat(straight.namesSwapped()).isFalse();
    }

    @Test
    void onlyAPairThatWouldLinkButForItsNhsNumbersLinksButForAnIdentifier() {
        MatchScorer.Score otherNumber = SCORER.score(record("Olivia", "Smith", "2015-03-07", "female", "NG2 7QP", "9434765919"),
                record("Olivia", "Smith", "2015-03-07", "female", "NG2 7QP", "9434765870"));
        MatchScorer.Score otherNumberAndTown = SCORER.score(record("Olivia", "Smith", "2015-03-07", "female", "LS6 2AA", "9434765919"),
                record("Olivia", "Smyth", "2015-03-07", "female", "NG2 7QP", "9434765870"));
        MatchScorer.Score sameNumber = SCORER.score(record("Olivia", "Smith", "2015-03-07", "female", "NG2 7QP", "9434765919"),
                record("Olivia", "Smith", "2015-03-07", "female", "NG2 7QP", "9434765919"));

        assertThat(SCORER.linksButForAnIdentifier(otherNumber)).isTrue();
        assertThat(otherNumberAndTown.decision()).isEqualTo(MatchScorer.Decision.REVIEW);
        assertThat(SCORER.linksButForAnIdentifier(otherNumberAndTown)).as("in doubt by the other fields too").isFalse();
        assertThat(SCORER.linksButForAnIdentifier(sameNumber)).isFalse();
    }

    @Test
    void aWeightsFileWithAMissingOrImpossibleValueIsRefusedByName() {
        Properties p = new Properties();
        assertThatThrownBy(() -> MatchWeights.of(p)).hasMessageContaining("nhs.EXACT.m is missing");
        MatchWeights.defaults(); // the shipped file is complete
        Properties wrong = new Properties();
        try (var in = MatchWeights.class.getResourceAsStream("match-weights.properties")) {
            wrong.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        wrong.setProperty("dob.EXACT.u", "0");
        assertThatThrownBy(() -> MatchWeights.of(wrong)).hasMessageContaining("dob.EXACT.u must be a probability");
        wrong.setProperty("dob.EXACT.u", "0.0002");
        wrong.setProperty("threshold.lower", "30");
        assertThatThrownBy(() -> MatchWeights.of(wrong)).hasMessageContaining("threshold.lower");
    }
}
