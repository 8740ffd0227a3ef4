package org.contactpoint.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A GP practice, identified by its NHS organisation code. */
@Entity
@Table(name = "gp_practice")
public class GpPractice extends ServiceOrganisation {

    @Id
    @SequenceGenerator(name = "gp_practice_seq", sequenceName = "gp_practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gp_practice_seq")
    private Long id;

    @NotNull
    @Pattern(regexp = "[A-Z][0-9]{5}", message = "must be a GP practice code such as C84001")
    @Column(name = "practice_code", length = 6, nullable = false, unique = true)
    private String code;

    protected GpPractice() {
        // for JPA
    }

    public GpPractice(String code, String name) {
        super(name);
        this.code = code;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }
}
