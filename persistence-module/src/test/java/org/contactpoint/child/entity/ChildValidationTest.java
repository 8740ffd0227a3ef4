package org.contactpoint.child.entity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ChildValidationTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Child child(String given, String family, LocalDate dob) {
        return new Child(ContactPointId.fromSerial(100_000_001L), given, family, dob, Gender.FEMALE, Instant.now());
    }

    private static Set<String> invalidFields(Object bean) {
        return validator.validate(bean).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void ordinaryChildIsValid() {
        Child c = child("Olivia Grace", "O'Brien-Smith", LocalDate.now().minusYears(7));
        c.moveTo(new Address("12 Mill Lane", null, "West Bridgford", "ng27qp"), LocalDate.now(), null);
        c.addParentCarer("Emma Smith", "mother", true, new ContactDetails("0115 496 0000", "emma@example.org"), null);
        c.addIdentifier(IdentifierScheme.NHS, "9434765919");
        assertThat(invalidFields(c)).isEmpty();
        assertThat(c.currentAddress().orElseThrow().address().postcode()).isEqualTo("NG2 7QP");
    }

    @Test
    void dateOfBirthInTheFutureIsRejected() {
        assertThat(invalidFields(child("Ava", "Jones", LocalDate.now().plusDays(1)))).containsExactly("dateOfBirth");
    }

    @Test
    void ageUpToTwentyFiveIsAcceptedAndTwentySixIsNot() {
        LocalDate today = LocalDate.now();
        assertThat(ChildDateOfBirthValidator.isAcceptable(today.minusYears(26).plusDays(1), today)).isTrue();
        assertThat(ChildDateOfBirthValidator.isAcceptable(today.minusYears(26), today)).isFalse();
        assertThat(ChildDateOfBirthValidator.isAcceptable(today, today)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Smith; DROP TABLE child", "<script>alert(1)</script>", "Seen by CAMHS for self-harm 3/4",
            "12345", "Jones\nnotes: assessment"})
    void caseInformationCannotBeTypedIntoAName(String text) {
        assertThat(invalidFields(child("Ava", text, LocalDate.now().minusYears(3)))).containsExactly("familyName");
    }

    @Test
    void overlongNamesAreRejected() {
        assertThat(invalidFields(child("A".repeat(101), "Jones", LocalDate.now().minusYears(3)))).containsExactly("givenNames");
    }

    @Test
    void badPostcodeAndPhoneAreRejectedByField() {
        Child c = child("Ava", "Jones", LocalDate.now().minusYears(3));
        c.moveTo(new Address("1 High Street", null, "Leeds", "not a postcode"), LocalDate.now(), null);
        c.addParentCarer("Mia Jones", "mother", true, new ContactDetails("call after 6pm", null), null);
        assertThat(invalidFields(c)).containsExactlyInAnyOrder("addresses[0].address.postcode", "parentsCarers[0].contact.phone");
    }

    @Test
    void nhsNumberWithWrongCheckDigitIsRejected() {
        Child c = child("Ava", "Jones", LocalDate.now().minusYears(3));
        c.addIdentifier(IdentifierScheme.NHS, "9434765918");
        assertThat(invalidFields(c)).containsExactly("identifiers[0].wellFormed");
    }

    @Test
    void theSameAddressWithoutItsPostcodeIsNotAMove() {
        Child c = child("Ava", "Jones", LocalDate.now().minusYears(3));
        c.moveTo(new Address("1 High Street", null, "Leeds", "LS1 1AA"), LocalDate.now().minusYears(1), null);
        c.moveTo(new Address("1 HIGH STREET", null, "Leeds", null), LocalDate.now(), null);
        assertThat(c.addresses()).hasSize(1);
        assertThat(c.currentAddress().orElseThrow().address().postcode()).isEqualTo("LS1 1AA");
    }

    @Test
    void movingEndsThePreviousAddressTheDayBefore() {
        Child c = child("Ava", "Jones", LocalDate.now().minusYears(3));
        LocalDate first = LocalDate.now().minusYears(1);
        c.moveTo(new Address("1 High Street", null, "Leeds", "LS1 1AA"), first, null);
        c.moveTo(new Address("2 Low Street", null, "Leeds", "LS2 2BB"), first.plusMonths(6), null);
        assertThat(c.addresses()).hasSize(2);
        assertThat(c.addresses().get(0).to()).isEqualTo(first.plusMonths(6).minusDays(1));
        assertThat(c.currentAddress().orElseThrow().address().postcode()).isEqualTo("LS2 2BB");
    }
}
