package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** A link from a child to something with dates: open while current, ended when the child moves on. */
@MappedSuperclass
public abstract class DatedLink {

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @PastOrPresent
    @Column(name = "valid_from")
    private LocalDate from;

    @PastOrPresent
    @Column(name = "valid_to")
    private LocalDate to;

    protected DatedLink() {
        // for JPA
    }

    protected DatedLink(Child child, LocalDate from) {
        this.child = child;
        this.from = from;
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

    /** @param on the last day, or null to open the link again */
    void end(LocalDate on) {
        this.to = on;
    }
}
