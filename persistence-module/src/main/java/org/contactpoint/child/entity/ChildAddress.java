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
import jakarta.validation.constraints.PastOrPresent;
import org.contactpoint.contactdetails.entity.Address;

import java.time.LocalDate;

/** One entry of a child's address history; the current address has no end date. */
@Entity
@Table(name = "child_address")
public class ChildAddress {

    @Id
    @SequenceGenerator(name = "child_address_seq", sequenceName = "child_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_address_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @Valid
    @NotNull
    @Embedded
    private Address address;

    @PastOrPresent
    @Column(name = "valid_from")
    private LocalDate from;

    @PastOrPresent
    @Column(name = "valid_to")
    private LocalDate to;

    protected ChildAddress() {
        // for JPA
    }

    ChildAddress(Child child, Address address, LocalDate from) {
        this.child = child;
        this.address = address;
        this.from = from;
    }

    public Long id() {
        return id;
    }

    public Address address() {
        return address;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public boolean isCurrent() {
        return to == null;
    }

    void end(LocalDate on) {
        this.to = on;
    }
}
