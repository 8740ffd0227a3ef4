package org.contactpoint.involvement.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A service's involvement with a child as a practitioner enters it. A sensitive service type needs consent (who
 * gave it — young-person, parent or carer —, their name and the date) or {@code harmDeclared}: the practitioner's
 * declaration of reasonable cause to suspect significant harm (regulation 11(3)).
 */
public record InvolvementForm(String serviceType, String serviceName, String practitionerName, String phone, String email,
                              LocalDate from, boolean leadProfessional, boolean assessmentCompleted,
                              String consentGivenBy, String consentGivenByName, LocalDate consentGivenOn,
                              boolean harmDeclared) implements Serializable {
}
