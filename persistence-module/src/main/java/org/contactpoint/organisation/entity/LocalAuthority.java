package org.contactpoint.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.contactdetails.entity.OrganisationName;

/**
 * One of England's 152 local authorities with children's services responsibilities, identified by its ONS code,
 * with how to reach its ContactPoint management team (shown on shielded records).
 */
@Entity
@jakarta.persistence.Cacheable // reference data loaded by migrations and never changed by the application
@Table(name = "local_authority")
public class LocalAuthority {

    @Id
    @NotNull
    @Pattern(regexp = "E(06|07|08|09|10)\\d{6}", message = "must be an ONS local authority code such as E10000024")
    @Column(name = "code", length = 9)
    private String code;

    @NotNull
    @OrganisationName
    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Valid
    @Embedded
    private ContactDetails teamContact;

    protected LocalAuthority() {
        // for JPA
    }

    public LocalAuthority(String code, String name, ContactDetails teamContact) {
        this.code = code;
        this.name = name;
        this.teamContact = teamContact;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ContactDetails teamContact() {
        return teamContact;
    }
}
