package org.contactpoint.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Maps a postcode district (outward code) to the local authority responsible for children living there.
 * A postcode outside this mapping leaves the responsible authority unknown (handled by the national team).
 */
@Entity
@jakarta.persistence.Cacheable // reference data loaded by migrations and never changed by the application
@Table(name = "postcode_district")
public class PostcodeDistrict {

    @Id
    @NotNull
    @Pattern(regexp = "[A-Z]{1,2}[0-9][0-9A-Z]?", message = "must be a postcode district such as NG2")
    @Column(name = "district", length = 4)
    private String district;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "local_authority_code", nullable = false)
    private LocalAuthority localAuthority;

    protected PostcodeDistrict() {
        // for JPA
    }

    public PostcodeDistrict(String district, LocalAuthority localAuthority) {
        this.district = district;
        this.localAuthority = localAuthority;
    }

    public String district() {
        return district;
    }

    public LocalAuthority localAuthority() {
        return localAuthority;
    }
}
