package org.contactpoint.involvement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.contactpoint.access.api.RequestProblem;
import org.contactpoint.child.entity.Child;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.consent.entity.ConsentGiver;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.involvement.api.InvolvementForm;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.security.api.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;

/**
 * Turns an involvement form into an Involvement (with its consent), checking every field: a sensitive service
 * without consent or a harm declaration is refused, and so is anything Bean Validation refuses on the entity.
 */
@Dependent
public class InvolvementEntry {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    Validator validator;

    public Involvement create(Child child, InvolvementForm form, Caller caller) {
        ServiceType type = serviceType(form.serviceType());
        LocalDate from = from(form.from());
        Involvement involvement = new Involvement(child, type, form.serviceName(), caller.organisationCode(),
                form.practitionerName(), contact(form), from);
        involvement.markLeadProfessional(form.leadProfessional());
        involvement.markAssessmentCompleted(form.assessmentCompleted());
        if (type.isSensitive()) {
            lawfulBasis(child, type, form, caller, involvement);
        }
        check(involvement);
        return involvement;
    }

    public void update(Involvement involvement, InvolvementForm form) {
        involvement.updateContact(form.practitionerName(), contact(form));
        involvement.markLeadProfessional(form.leadProfessional());
        involvement.markAssessmentCompleted(form.assessmentCompleted());
        check(involvement);
    }

    private void lawfulBasis(Child child, ServiceType type, InvolvementForm form, Caller caller, Involvement involvement) {
        if (form.harmDeclared()) {
            involvement.declareReasonableCauseToSuspectHarm();
            return;
        }
        if (blank(form.consentGivenBy()) || blank(form.consentGivenByName()) || form.consentGivenOn() == null) {
            throw new RequestProblem("consentGivenBy", "A " + type.code() + " service is recorded only with consent (who gave it, "
                    + "their name and the date) or your declaration of reasonable cause to suspect significant harm.");
        }
        ConsentGiver giver = ConsentGiver.fromCode(form.consentGivenBy().strip())
                .orElseThrow(() -> new RequestProblem("consentGivenBy", "consentGivenBy: must be young-person, parent or carer."));
        if (form.consentGivenOn().isAfter(LocalDate.now())) {
            throw new RequestProblem("consentGivenOn", "consentGivenOn: consent cannot be given in the future.");
        }
        Instant now = Instant.now();
        Consent consent = new Consent(child, type, giver, form.consentGivenByName().strip(),
                form.consentGivenOn().atStartOfDay(ZoneId.systemDefault()).toInstant(), caller.username(), now);
        check(consent);
        em.persist(consent);
        involvement.consentedBy(consent);
    }

    private static ServiceType serviceType(String code) {
        return ServiceType.fromCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new RequestProblem("serviceType", "serviceType: choose a service type."));
    }

    private static LocalDate from(LocalDate from) {
        if (from == null) {
            throw new RequestProblem("from", "from: give the date your involvement started.");
        }
        if (from.isAfter(LocalDate.now())) {
            throw new RequestProblem("from", "from: the start date cannot be in the future.");
        }
        return from;
    }

    private static ContactDetails contact(InvolvementForm form) {
        return new ContactDetails(blank(form.phone()) ? null : form.phone().strip(), blank(form.email()) ? null : form.email().strip());
    }

    private <T> void check(T entity) {
        Set<ConstraintViolation<T>> problems = validator.validate(entity);
        problems.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            String field = v.getPropertyPath().toString().replace("contact.", "").replace("lawfullyRecorded", "consentGivenBy");
            throw new RequestProblem(field, field + ": " + v.getMessage() + ".");
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
