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

/** An educational setting (school, nursery, college) identified by its unique reference number (URN). */
@Entity
@Table(name = "setting")
public class Setting extends ServiceOrganisation {

    @Id
    @SequenceGenerator(name = "setting_seq", sequenceName = "setting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "setting_seq")
    private Long id;

    @NotNull
    @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN")
    @Column(name = "urn", length = 6, nullable = false, unique = true)
    private String urn;

    protected Setting() {
        // for JPA
    }

    public Setting(String urn, String name) {
        super(name);
        this.urn = urn;
    }

    public Long id() {
        return id;
    }

    public String urn() {
        return urn;
    }
}
