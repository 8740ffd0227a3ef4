package org.contactpoint.child.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's record as one viewer may see it, built by the EJB layer's RecordProjector. For a SHIELDED view every
 * field that could locate the child or a parent/carer is null or empty: pages and endpoints render what is here.
 *
 * @param team how to reach the ContactPoint team (the viewer's own authority's team for a shielded record)
 */
public record RecordView(ViewLevel level, String contactPointId, String givenNames, String familyName,
                         LocalDate dateOfBirth, String gender, boolean shielded, List<String> otherNames,
                         AddressView address, List<ParentCarerView> parentsCarers, OrganisationView setting,
                         OrganisationView gpPractice, List<ServiceView> services, TeamContact team) implements Serializable {

    /** The ID grouped 3-3-4, as read aloud on the phone. */
    public String formattedId() {
        return org.contactpoint.child.entity.ContactPointId.format(contactPointId);
    }

    public boolean isShieldedView() {
        return level == ViewLevel.SHIELDED;
    }

    /** A postal address (any part may be missing). */
    public record AddressView(String line1, String line2, String town, String postcode) implements Serializable {
    }

    public record ParentCarerView(String name, String relationship, boolean parentalResponsibility, String phone,
                                  String email, AddressView address) implements Serializable {
    }

    /** A school, nursery, college or GP practice the child is with. */
    public record OrganisationView(String code, String name, AddressView address, String phone, String email,
                                   LocalDate from) implements Serializable {
    }

    /**
     * A service working with the child. A masked sensitive service has only its label (no id, names, contact or
     * dates); {@code editable} says the viewer's organisation owns it.
     */
    public record ServiceView(Long involvementId, String serviceType, String serviceTypeLabel, String serviceName,
                              String practitionerName, String phone, String email, LocalDate from, LocalDate to,
                              boolean leadProfessional, boolean assessmentCompleted, boolean masked, boolean sensitive,
                              boolean editable, long version) implements Serializable {
    }

    public record TeamContact(String name, String phone, String email) implements Serializable {
    }
}
