package org.contactpoint.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.Gender;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The search keys of one name of a child, with the date of birth, gender and location parts a search ranks by.
 * Rows are replaced, never edited, when the child's identity or address changes.
 */
@Entity
@Table(name = "child_search_key")
public class ChildSearchKey {

    @Id
    @SequenceGenerator(name = "child_search_key_seq", sequenceName = "child_search_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_search_key_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(name = "name_kind", length = 16, nullable = false)
    private NameKind nameKind;

    @Column(name = "family_norm", length = 100, nullable = false)
    private String familyNorm;

    @Column(name = "family_metaphone", length = 8, nullable = false)
    private String familyMetaphone;

    @Column(name = "family_metaphone_alt", length = 8, nullable = false)
    private String familyMetaphoneAlt;

    @Column(name = "family_nysiis", length = 8, nullable = false)
    private String familyNysiis;

    @Column(name = "family_prefix", length = 3, nullable = false)
    private String familyPrefix;

    @Column(name = "given_norm", length = 100, nullable = false)
    private String givenNorm;

    @Column(name = "given_first", length = 50, nullable = false)
    private String givenFirst;

    @Column(name = "given_metaphone", length = 8, nullable = false)
    private String givenMetaphone;

    @Column(name = "given_nickname_group", length = 24)
    private String givenNicknameGroup;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 8, nullable = false)
    private Gender gender;

    @Column(name = "postcode", length = 8)
    private String postcode;

    @Column(name = "postcode_district", length = 4)
    private String postcodeDistrict;

    @Column(name = "town_norm", length = 100)
    private String townNorm;

    protected ChildSearchKey() {
        // for JPA
    }

    /** The keys of one of the child's names, with the child's date of birth and gender and its current location parts. */
    public ChildSearchKey(Child child, NameKind kind, FamilyKeys family, GivenKeys given, String postcode,
                          String postcodeDistrict, String townNorm) {
        this.child = child;
        this.nameKind = kind;
        this.familyNorm = family.normalised();
        this.familyMetaphone = family.metaphone();
        this.familyMetaphoneAlt = family.metaphoneAlternate();
        this.familyNysiis = family.nysiis();
        this.familyPrefix = family.prefix();
        this.givenNorm = given.normalised();
        this.givenFirst = given.first();
        this.givenMetaphone = given.metaphone();
        this.givenNicknameGroup = given.nicknameGroup();
        this.dateOfBirth = child.dateOfBirth();
        this.birthYear = child.dateOfBirth().getYear();
        this.gender = child.gender();
        this.postcode = postcode;
        this.postcodeDistrict = postcodeDistrict;
        this.townNorm = townNorm;
    }

    /** A family name's keys. */
    public record FamilyKeys(String normalised, String metaphone, String metaphoneAlternate, String nysiis, String prefix) {
    }

    /** A given name's keys: all given names normalised, the first one, its metaphone and nickname group. */
    public record GivenKeys(String normalised, String first, String metaphone, String nicknameGroup) {
    }

    /** The values this row holds, to tell whether a child's keys changed (row ids and the child aside). */
    public List<Object> values() {
        return java.util.Arrays.asList(nameKind, familyNorm, familyMetaphone, familyMetaphoneAlt, familyNysiis, familyPrefix,
                givenNorm, givenFirst, givenMetaphone, givenNicknameGroup, dateOfBirth, gender, postcode, postcodeDistrict,
                townNorm);
    }

    public boolean sameValuesAs(ChildSearchKey other) {
        return Objects.equals(values(), other.values());
    }

    public Child child() { return child; }
    public NameKind nameKind() { return nameKind; }
    public String familyNorm() { return familyNorm; }
    public String familyMetaphone() { return familyMetaphone; }
    public String familyMetaphoneAlt() { return familyMetaphoneAlt; }
    public String familyNysiis() { return familyNysiis; }
    public String givenNorm() { return givenNorm; }
    public String givenFirst() { return givenFirst; }
    public String givenMetaphone() { return givenMetaphone; }
    public String givenNicknameGroup() { return givenNicknameGroup; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public Gender gender() { return gender; }
    public String postcode() { return postcode; }
    public String postcodeDistrict() { return postcodeDistrict; }
    public String townNorm() { return townNorm; }
}
