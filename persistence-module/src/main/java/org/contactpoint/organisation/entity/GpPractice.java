package org.contactpoint.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.contactdetails.entity.OrganisationName;

/** A GP practice, identified by its NHS organisation code. */
@Entity
@Table(name = "gp_practice")
public class GpPractice {

    @Id
    @SequenceGenerator(name = "gp_practice_seq", sequenceName = "gp_practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gp_practice_seq")
    private Long id;

    @NotNull
    @Pattern(regexp = "[A-Z][0-9]{5}", message = "must be a GP practice code such as C84001")
    @Column(name = "practice_code", length = 6, nullable = false, unique = true)
    private String code;

    @NotNull
    @OrganisationName
    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Valid
    @Embedded
    private Address address;

    @Valid
    @Embedded
    private ContactDetails contact;

    @Version
    private long version;

    protected GpPractice() {
        // for JPA
    }

    public GpPractice(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public ContactDetails contact() {
        return contact;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
