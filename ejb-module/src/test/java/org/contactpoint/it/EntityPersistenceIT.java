package org.contactpoint.it;

import jakarta.ejb.EJB;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.AccountStatus;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.child.entity.CareLeaverExtension;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.consent.entity.ConsentGiver;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.organisation.entity.Setting;
import org.contactpoint.shielding.entity.DecisionKind;
import org.contactpoint.shielding.entity.ShieldingGround;
import org.contactpoint.shielding.entity.ShieldingRequest;
import org.contactpoint.shielding.entity.ShieldingStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every entity of the domain is written and read back through the real persistence unit and Flyway schema. */
@ExtendWith(ArquillianExtension.class)
class EntityPersistenceIT {

    private static final AtomicLong SERIAL = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000L) * 10);
    // Audit events written directly here use sequences far above the chain's (AccessAndAuditIT verifies the chain below 1,000,000).

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    TestStore store;

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void childWithItsWholeRecordRoundTrips() {
        Instant created = now();
        ContactPointId cpId = ContactPointId.fromSerial(SERIAL.incrementAndGet());
        Long id = store.inTransaction(em -> {
            LocalAuthority notts = em.find(LocalAuthority.class, "E10000024");
            Setting school = new Setting("9" + String.format("%05d", SERIAL.get() % 100_000), "Greythorn Primary School");
            GpPractice gp = new GpPractice("Z" + String.format("%05d", SERIAL.get() % 100_000), "Musters Medical Practice");
            em.persist(school);
            em.persist(gp);
            Child child = new Child(cpId, "Olivia Grace", "Smith", LocalDate.now().minusYears(7), Gender.FEMALE, created);
            child.addOtherName(OtherNameType.KNOWN_AS, "Liv", null);
            child.addOtherName(OtherNameType.PREVIOUS, "Olivia", "Jones");
            child.moveTo(new Address("12 Mill Lane", null, "West Bridgford", "NG2 7QP"), LocalDate.now().minusYears(2), notts);
            child.addIdentifier(IdentifierScheme.NHS, "9434765919");
            child.addParentCarer("Emma Smith", "mother", true, new ContactDetails("0115 496 0000", "emma@example.org"), null);
            child.attend(school, LocalDate.now().minusYears(2));
            child.registerWith(gp, LocalDate.now().minusYears(6));
            child.extendAsCareLeaver(new CareLeaverExtension(LocalDate.now(), "team.notts"));
            em.persist(child);
            return child.id();
        });
        store.inTransaction(em -> {
            Child c = em.find(Child.class, id);
            assertThat(c.cpId()).isEqualTo(cpId);
            assertThat(c.givenNames()).isEqualTo("Olivia Grace");
            assertThat(c.createdAt()).isEqualTo(created);
            assertThat(c.responsibleAuthority()).map(LocalAuthority::name).contains("Nottinghamshire");
            assertThat(c.otherNames()).extracting(n -> n.type() + ":" + n.givenNames())
                    .containsExactly("KNOWN_AS:Liv", "PREVIOUS:Olivia");
            assertThat(c.currentAddress()).map(a -> a.address().postcode()).contains("NG2 7QP");
            assertThat(c.identifier(IdentifierScheme.NHS)).contains("9434765919");
            assertThat(c.parentsCarers()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Emma Smith");
                assertThat(p.contact().phone()).isEqualTo("0115 496 0000");
            });
            assertThat(c.currentSetting()).map(s -> s.setting().name()).contains("Greythorn Primary School");
            assertThat(c.currentGpRegistration()).map(r -> r.practice().name()).contains("Musters Medical Practice");
            assertThat(c.careLeaverExtension()).isPresent();
            return null;
        });
    }

    @Test
    void sensitiveInvolvementWithConsentAndShieldingDecisionsRoundTrip() {
        ContactPointId cpId = ContactPointId.fromSerial(SERIAL.incrementAndGet());
        Long[] ids = store.inTransaction(em -> {
            Child child = new Child(cpId, "Noah", "Patel", LocalDate.now().minusYears(15), Gender.MALE, now());
            em.persist(child);
            Consent consent = new Consent(child, ServiceType.MENTAL_HEALTH, ConsentGiver.YOUNG_PERSON, "Noah Patel",
                    now().minusSeconds(3600), "j.patel", now());
            em.persist(consent);
            Involvement camhs = new Involvement(child, ServiceType.MENTAL_HEALTH, "Notts CAMHS", "NOTTS-CAMHS", "J. Patel",
                    new ContactDetails("0115 496 0001", null), LocalDate.now().minusDays(30));
            camhs.consentedBy(consent);
            camhs.markLeadProfessional(true);
            em.persist(camhs);
            ShieldingRequest request = new ShieldingRequest(child, "j.patel", now(), false,
                    ShieldingGround.RISK_OF_SIGNIFICANT_HARM, "Risk from a former partner");
            em.persist(request);
            request.decide(DecisionKind.APPROVE, "team.notts", now(), LocalDate.now().plusYears(1), null);
            return new Long[]{child.id(), camhs.id(), request.id()};
        });
        store.inTransaction(em -> {
            Involvement i = em.find(Involvement.class, ids[1]);
            assertThat(i.isSensitive()).isTrue();
            assertThat(i.consent()).map(Consent::givenBy).contains(ConsentGiver.YOUNG_PERSON);
            assertThat(i.isLeadProfessional()).isTrue();
            assertThat(i.isVisible()).isTrue();
            ShieldingRequest r = em.find(ShieldingRequest.class, ids[2]);
            assertThat(r.status()).isEqualTo(ShieldingStatus.APPROVED);
            assertThat(r.decisions()).singleElement().satisfies(d -> assertThat(d.reviewOn()).isPresent());
            assertThat(em.find(Child.class, ids[0]).isShielded()).isTrue();
            return null;
        });
    }

    @Test
    void databaseRefusesASensitiveInvolvementWithoutConsentEvenIfValidationIsBypassed() {
        ContactPointId cpId = ContactPointId.fromSerial(SERIAL.incrementAndGet());
        Long childId = store.inTransaction(em -> {
            Child child = new Child(cpId, "Ava", "Jones", LocalDate.now().minusYears(15), Gender.FEMALE, now());
            em.persist(child);
            return child.id();
        });
        assertThatThrownBy(() -> store.inTransaction(em -> em.createNativeQuery(
                        "INSERT INTO involvement (id, child_id, service_type, service_name, owner_organisation, valid_from, "
                                + "lead_professional, assessment_completed, harm_declared, version) VALUES "
                                + "(-1, ?, 'SEXUAL_HEALTH', 'Clinic', 'CLINIC', CURRENT_DATE, FALSE, FALSE, FALSE, 1)")
                .setParameter(1, childId).executeUpdate()))
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void accountAuditEventAndSourceRecordRoundTrip() {
        String username = "it.user" + SERIAL.incrementAndGet();
        long seq = SERIAL.get();
        Instant at = now();
        ContactPointId cpId = ContactPointId.fromSerial(SERIAL.incrementAndGet());
        Long[] ids = store.inTransaction(em -> {
            Account account = new Account(username, "Jo Bloggs", "NOTTS-CSC", "Nottinghamshire Children's Services",
                    em.find(LocalAuthority.class, "E10000024"), EnumSet.of(Role.PRACTITIONER, Role.LA_MANAGEMENT), at);
            account.recordTraining(LocalDate.now().minusMonths(1), LocalDate.now().minusMonths(1));
            account.recordChecks(LocalDate.now().minusMonths(2), LocalDate.now().minusYears(1));
            account.startEnrolment("hash-of-activation-code", at.plusSeconds(72 * 3600));
            em.persist(account);
            em.persist(new AuditEvent(seq, at, username, "PRACTITIONER", "E10000024", Channel.UI, "child.view",
                    cpId.value(), "{\"reason\":\"providing a service\"}", Outcome.ALLOWED, "127.0.0.1",
                    "0".repeat(64), "a".repeat(64)));
            Child child = new Child(cpId, "Mia", "Khan", LocalDate.now().minusYears(4), Gender.FEMALE, at);
            em.persist(child);
            SourceRecord source = new SourceRecord("NHS-PDS", "src-" + seq, 1, child, RecordOutcome.CREATED, at);
            em.persist(source);
            return new Long[]{account.id(), source.id()};
        });
        store.inTransaction(em -> {
            Account a = em.find(Account.class, ids[0]);
            assertThat(a.username()).isEqualTo(username);
            assertThat(a.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.LA_MANAGEMENT);
            assertThat(a.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(a.activationExpiresAt()).contains(at.plusSeconds(72 * 3600));
            assertThat(a.localAuthority()).map(LocalAuthority::code).contains("E10000024");
            AuditEvent e = em.find(AuditEvent.class, seq);
            assertThat(e.occurredAt()).isEqualTo(at);
            assertThat(e.targetCpId()).contains(cpId.value());
            assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
            SourceRecord s = em.find(SourceRecord.class, ids[1]);
            assertThat(s.child()).map(Child::cpId).contains(cpId);
            assertThat(s.isSupersededBy(1)).isFalse();
            assertThat(s.isSupersededBy(2)).isTrue();
            return null;
        });
    }

    @Test
    void sourceRecordIsUniquePerSourceSystem() {
        String id = "dup-" + SERIAL.incrementAndGet();
        store.inTransaction(em -> {
            em.persist(new SourceRecord("DWP-CB", id, 1, null, RecordOutcome.REVIEW, now()));
            return null;
        });
        assertThatThrownBy(() -> store.inTransaction(em -> {
            em.persist(new SourceRecord("DWP-CB", id, 2, null, RecordOutcome.REVIEW, now()));
            return null;
        })).hasRootCauseInstanceOf(java.sql.SQLException.class);
    }
}
