package org.contactpoint.involvement.entity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.consent.entity.ConsentGiver;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class InvolvementValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;
    private final Child child = new Child(ContactPointId.fromSerial(100_000_002L), "Noah", "Patel",
            LocalDate.now().minusYears(14), Gender.MALE, Instant.now());

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Set<String> invalid(Object bean) {
        return validator.validate(bean).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    private Involvement involvement(ServiceType type) {
        return new Involvement(child, type, "Notts CAMHS", "NOTTS-CAMHS", "J. Patel",
                new ContactDetails("0115 496 0001", null), LocalDate.now().minusDays(3));
    }

    @Test
    void ordinaryServiceNeedsNoConsent() {
        assertThat(invalid(involvement(ServiceType.YOUTH_OFFENDING))).isEmpty();
    }

    @Test
    void sensitiveServiceWithoutConsentOrDeclarationIsRefused() {
        assertThat(invalid(involvement(ServiceType.MENTAL_HEALTH))).containsExactly("lawfullyRecorded");
    }

    @Test
    void sensitiveServiceWithConsentIsAcceptedAndHiddenOnceConsentIsWithdrawn() {
        Involvement i = involvement(ServiceType.SEXUAL_HEALTH);
        Consent consent = new Consent(child, ServiceType.SEXUAL_HEALTH, ConsentGiver.YOUNG_PERSON, "Noah Patel",
                Instant.now().minusSeconds(60), "jpatel", Instant.now());
        i.consentedBy(consent);
        assertThat(invalid(i)).isEmpty();
        assertThat(i.isVisible()).isTrue();
        consent.withdraw(Instant.now(), "team");
        assertThat(i.isVisible()).isFalse();
    }

    @Test
    void harmDeclarationStandsInForConsent() {
        Involvement i = involvement(ServiceType.SUBSTANCE_MISUSE);
        i.declareReasonableCauseToSuspectHarm();
        assertThat(invalid(i)).isEmpty();
        assertThat(i.isVisible()).isTrue();
    }

    @Test
    void endBeforeStartIsRefused() {
        Involvement i = involvement(ServiceType.EARLY_HELP);
        i.end(LocalDate.now().minusDays(10));
        assertThat(invalid(i)).containsExactly("datedInOrder");
    }

    @Test
    void serviceTypeCodesRoundTrip() {
        for (ServiceType t : ServiceType.values()) {
            assertThat(ServiceType.fromCode(t.code())).contains(t);
        }
        assertThat(ServiceType.values()).filteredOn(ServiceType::isSensitive)
                .containsExactlyInAnyOrder(ServiceType.SEXUAL_HEALTH, ServiceType.MENTAL_HEALTH, ServiceType.SUBSTANCE_MISUSE);
    }
}
