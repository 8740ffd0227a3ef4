package org.contactpoint.search.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "O'Brien|obrien",
            "O’Brien|obrien",
            "Smith-Jones|smith jones",
            "  SMITH   jones |smith jones",
            "McDonald|macdonald",
            "MacDonald|macdonald",
            "Zoë|zoe",
            "José|jose",
            "Łukasz|ukasz",
            "D'Souza|dsouza",
            "Mc|mc"})
    void normalisesCaseAccentsPunctuationAndMc(String name, String expected) {
        assertThat(NameKeys.normalise(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({"Smith,Smyth", "Catherine,Katherine", "Philips,Phillips", "Stephen,Steven",
            "Macdonald,McDonald", "Jon,John", "Aaliyah,Aliyah", "Mohammed,Mohamed", "Sean,Shaun"})
    void soundAlikeNamesShareAPhoneticCode(String a, String b) {
        boolean metaphone = NameKeys.metaphone(a).equals(NameKeys.metaphone(b))
                || NameKeys.metaphone(a).equals(NameKeys.metaphoneAlternate(b));
        boolean nysiis = NameKeys.nysiis(a).equals(NameKeys.nysiis(b));
        assertThat(metaphone || nysiis).as(a + " ~ " + b + ": " + NameKeys.metaphone(a) + "/" + NameKeys.metaphone(b)
                + " " + NameKeys.nysiis(a) + "/" + NameKeys.nysiis(b)).isTrue();
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource({"Smith,Jones", "Olivia,Oliver", "Patel,Begum"})
    void differentNamesDoNotCollide(String a, String b) {
        assertThat(NameKeys.metaphone(a)).isNotEqualTo(NameKeys.metaphone(b));
    }

    @Test
    void compactKeyJoinsDoubleBarrelledForms() {
        assertThat(NameKeys.compact("Smith-Jones")).isEqualTo(NameKeys.compact("SMITHJONES"));
        assertThat(NameKeys.parts("Smith-Jones")).containsExactly("smith", "jones");
        assertThat(NameKeys.parts(null)).isEmpty();
        assertThat(NameKeys.metaphone("")).isEmpty();
    }
}
