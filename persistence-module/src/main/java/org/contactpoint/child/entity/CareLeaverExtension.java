package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A care leaver with learning difficulties or disabilities who chose to stay on ContactPoint until 25:
 * the consent that keeps the record live past 18.
 */
@Embeddable
public class CareLeaverExtension {

    @PastOrPresent
    @Column(name = "care_leaver_consent_on")
    private LocalDate consentOn;

    @Size(max = 64)
    @Column(name = "care_leaver_consent_by", length = 64)
    private String recordedBy;

    protected CareLeaverExtension() {
        // for JPA
    }

    public CareLeaverExtension(LocalDate consentOn, String recordedBy) {
        this.consentOn = consentOn;
        this.recordedBy = recordedBy;
    }

    public LocalDate consentOn() {
        return consentOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public boolean isGiven() {
        return consentOn != null;
    }
}
