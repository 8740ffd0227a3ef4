package org.contactpoint.child.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.contactpoint.contactdetails.entity.Address;

import java.time.LocalDate;

/** One entry of a child's address history; the current address has no end date. */
@Entity
@Table(name = "child_address")
public class ChildAddress extends DatedLink {

    @Id
    @SequenceGenerator(name = "child_address_seq", sequenceName = "child_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_address_seq")
    private Long id;

    @Valid
    @NotNull
    @Embedded
    private Address address;

    protected ChildAddress() {
        // for JPA
    }

    ChildAddress(Child child, Address address, LocalDate from) {
        super(child, from);
        this.address = address;
    }

    public Long id() {
        return id;
    }

    public Address address() {
        return address;
    }
}
