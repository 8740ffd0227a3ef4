package org.contactpoint.child.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.contactpoint.organisation.entity.GpPractice;

import java.time.LocalDate;

/** A child's registration with a GP practice, from one date to another (open while current). */
@Entity
@Table(name = "child_gp_practice")
public class GpRegistration extends OrganisationLink {

    @Id
    @SequenceGenerator(name = "child_gp_practice_seq", sequenceName = "child_gp_practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_gp_practice_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "gp_practice_id", nullable = false)
    private GpPractice practice;

    protected GpRegistration() {
        // for JPA
    }

    GpRegistration(Child child, GpPractice practice, LocalDate from, Long fromSourceRecord) {
        super(child, from, fromSourceRecord);
        this.practice = practice;
    }

    @Override
    Long organisationId() {
        return practice.id();
    }

    public GpPractice practice() {
        return practice;
    }
}
