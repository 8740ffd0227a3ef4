package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.contactpoint.organisation.entity.GpPractice;

import java.time.LocalDate;

/** A child's registration with a GP practice, from one date to another (open while current). */
@Entity
@Table(name = "child_gp_practice")
public class GpRegistration {

    @Id
    @SequenceGenerator(name = "child_gp_practice_seq", sequenceName = "child_gp_practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_gp_practice_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "gp_practice_id", nullable = false)
    private GpPractice practice;

    @PastOrPresent
    @Column(name = "valid_from")
    private LocalDate from;

    @PastOrPresent
    @Column(name = "valid_to")
    private LocalDate to;

    protected GpRegistration() {
        // for JPA
    }

    GpRegistration(Child child, GpPractice practice, LocalDate from) {
        this.child = child;
        this.practice = practice;
        this.from = from;
    }

    public GpPractice practice() {
        return practice;
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
