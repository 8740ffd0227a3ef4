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

/** An educational setting (school, nursery, college) identified by its unique reference number (URN). */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @SequenceGenerator(name = "setting_seq", sequenceName = "setting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "setting_seq")
    private Long id;

    @NotNull
    @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN")
    @Column(name = "urn", length = 6, nullable = false, unique = true)
    private String urn;

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

    protected Setting() {
        // for JPA
    }

    public Setting(String urn, String name) {
        this.urn = urn;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String urn() {
        return urn;
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
