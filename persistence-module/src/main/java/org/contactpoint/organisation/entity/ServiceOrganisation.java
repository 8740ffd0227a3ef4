package org.contactpoint.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.contactdetails.entity.OrganisationName;

/** What settings and GP practices share: a name, an address and how to reach them. */
@MappedSuperclass
public abstract class ServiceOrganisation {

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

    protected ServiceOrganisation() {
        // for JPA
    }

    protected ServiceOrganisation(String name) {
        this.name = name;
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
