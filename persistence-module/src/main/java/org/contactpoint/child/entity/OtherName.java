package org.contactpoint.child.entity;

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
import jakarta.validation.constraints.NotNull;
import org.contactpoint.contactdetails.entity.PersonName;

/** A known-as or previous name of a child; searchable like the main name. */
@Entity
@Table(name = "child_other_name")
public class OtherName {

    @Id
    @SequenceGenerator(name = "child_other_name_seq", sequenceName = "child_other_name_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_other_name_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "name_type", length = 16, nullable = false)
    private OtherNameType type;

    @PersonName
    @Column(name = "given_names", length = 100)
    private String givenNames;

    @PersonName
    @Column(name = "family_name", length = 100)
    private String familyName;

    /** The feed's source record (its row id) that put this row on the child, which an unmerge follows; null otherwise. */
    @Column(name = "from_source_record")
    private Long fromSourceRecord;

    protected OtherName() {
        // for JPA
    }

    OtherName(Child child, OtherNameType type, String givenNames, String familyName, Long fromSourceRecord) {
        this.child = child;
        this.type = type;
        this.givenNames = givenNames;
        this.familyName = familyName;
        this.fromSourceRecord = fromSourceRecord;
    }

    public Long id() {
        return id;
    }

    public OtherNameType type() {
        return type;
    }

    public String givenNames() {
        return givenNames;
    }

    public String familyName() {
        return familyName;
    }
}
