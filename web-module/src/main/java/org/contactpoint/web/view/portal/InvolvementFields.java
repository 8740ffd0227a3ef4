package org.contactpoint.web.view.portal;

import org.contactpoint.child.api.RecordView;
import org.contactpoint.involvement.api.InvolvementForm;

import java.io.Serializable;
import java.time.LocalDate;

/** The involvement dialog's fields; the EJB layer checks them all. */
public class InvolvementFields implements Serializable {
    String serviceType;
    String serviceName;
    String practitionerName;
    String phone;
    String email;
    LocalDate from = LocalDate.now();
    boolean leadProfessional;
    boolean assessmentCompleted;
    String consentGivenBy;
    String consentGivenByName;
    LocalDate consentGivenOn;
    boolean harmDeclared;

    static InvolvementFields of(RecordView.ServiceView s) {
        InvolvementFields f = new InvolvementFields();
        f.serviceType = s.serviceType();
        f.serviceName = s.serviceName();
        f.practitionerName = s.practitionerName();
        f.phone = s.phone();
        f.email = s.email();
        f.from = s.from();
        f.leadProfessional = s.leadProfessional();
        f.assessmentCompleted = s.assessmentCompleted();
        return f;
    }

    InvolvementForm form() {
        return new InvolvementForm(serviceType, serviceName, practitionerName, phone, email, from, leadProfessional,
                assessmentCompleted, consentGivenBy, consentGivenByName, consentGivenOn, harmDeclared);
    }

    public String getServiceType() { return serviceType; }
    public void setServiceType(String v) { serviceType = v; }
    public String getServiceName() { return serviceName; }
    public void setServiceName(String v) { serviceName = v; }
    public String getPractitionerName() { return practitionerName; }
    public void setPractitionerName(String v) { practitionerName = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public boolean isLeadProfessional() { return leadProfessional; }
    public void setLeadProfessional(boolean v) { leadProfessional = v; }
    public boolean isAssessmentCompleted() { return assessmentCompleted; }
    public void setAssessmentCompleted(boolean v) { assessmentCompleted = v; }
    public String getConsentGivenBy() { return consentGivenBy; }
    public void setConsentGivenBy(String v) { consentGivenBy = v; }
    public String getConsentGivenByName() { return consentGivenByName; }
    public void setConsentGivenByName(String v) { consentGivenByName = v; }
    public LocalDate getConsentGivenOn() { return consentGivenOn; }
    public void setConsentGivenOn(LocalDate v) { consentGivenOn = v; }
    public boolean isHarmDeclared() { return harmDeclared; }
    public void setHarmDeclared(boolean v) { harmDeclared = v; }
}
