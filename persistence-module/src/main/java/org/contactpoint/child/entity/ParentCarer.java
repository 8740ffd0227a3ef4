package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.contactdetails.entity.PersonName;

import java.util.Objects;

/** A parent or carer of a child: a name and how to reach them, nothing more. */
@Entity
@Table(name = "parent_carer")
public class ParentCarer {

    @Id
    @SequenceGenerator(name = "parent_carer_seq", sequenceName = "parent_carer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parent_carer_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @PersonName
    @Column(name = "name", length = 100, nullable = false)
    private String name;

    /** mother, father, step-parent, foster carer, ... : a word, not a description. */
    @NotNull
    @Pattern(regexp = "[a-z][a-z -]{1,31}", message = "must be a relationship such as mother, father or foster carer")
    @Column(name = "relationship", length = 32, nullable = false)
    private String relationship;

    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;

    @Valid
    @Embedded
    private ContactDetails contact;

    @Valid
    @Embedded
    private Address address;

    /** The feed's source record (its row id) that put this row on the child, which an unmerge follows; null otherwise. */
    @Column(name = "from_source_record")
    private Long fromSourceRecord;

    protected ParentCarer() {
        // for JPA
    }

    ParentCarer(Child child, String name, String relationship, boolean parentalResponsibility,
                ContactDetails contact, Address address, Long fromSourceRecord) {
        this.fromSourceRecord = fromSourceRecord;
        this.child = child;
        this.name = name;
        this.relationship = relationship;
        this.parentalResponsibility = parentalResponsibility;
        this.contact = contact;
        this.address = address;
    }

    /** The record said it again: its relationship, responsibility and contact are as said last (a repeat changes nothing). */
    void restate(String newRelationship, boolean newResponsibility, ContactDetails newContact, Address newAddress) {
        if (!Objects.equals(relationship, newRelationship)) {
            relationship = newRelationship;
        }
        if (parentalResponsibility != newResponsibility) {
            parentalResponsibility = newResponsibility;
        }
        ContactDetails held = contact == null ? new ContactDetails(null, null) : contact;
        ContactDetails said = newContact == null ? new ContactDetails(null, null) : newContact;
        if (!Objects.equals(held.phone(), said.phone()) || !Objects.equals(held.email(), said.email())) {
            contact = newContact;
        }
        if (!Objects.equals(address, newAddress)) {
            address = newAddress;
        }
    }

    /** The feed's source record that said it (its row id), null when not from a feed. */
    Long fromSourceRecord() {
        return fromSourceRecord;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String relationship() {
        return relationship;
    }

    public boolean hasParentalResponsibility() {
        return parentalResponsibility;
    }

    public ContactDetails contact() {
        return contact;
    }

    public Address address() {
        return address;
    }
}
