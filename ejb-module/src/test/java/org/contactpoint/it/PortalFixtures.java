package org.contactpoint.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.Role;
import org.contactpoint.child.control.ContactPointIds;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.consent.entity.ConsentGiver;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.organisation.entity.Setting;
import org.contactpoint.search.control.SearchKeyIndex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for the portal's ITs, written in the caller's transaction (run it inside {@link TestStore}): a child with
 * a full record — address, parent, school, GP, a social-care involvement and, optionally, a consented mental-health
 * one — and accounts of each kind.
 */
@Dependent
public class PortalFixtures {

    public static final String NOTTS = "E10000024";
    public static final String CITY = "E06000018";
    /** Everything that could locate the child or a parent: none may appear in a shielded view. */
    public static final List<String> LOCATING = List.of("Mill Lane", "West Bridgford", "NG2 7QP", "Emma Fixture",
            "07700 900123", "Greenfield Primary", "Musters Medical", "Notts Social Care", "Ada Worker", "0115 900 1234");

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ContactPointIds ids;

    @Inject
    SearchKeyIndex searchKeys;

    /**
     * A family name no other test uses: letters only, as names must be, and no letter twice. With a letter repeated,
     * one in a hundred names dropped below the near-spelling similarity once a letter was left out (Jaro–Winkler
     * 0.84), and a test of such a misspelling failed by chance.
     */
    public static String uniqueFamilyName() {
        List<Character> letters = new java.util.ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            if (c != 'q') {
                letters.add(c);
            }
        }
        java.util.Collections.shuffle(letters, ThreadLocalRandom.current());
        StringBuilder name = new StringBuilder("Q");
        letters.subList(0, 8).forEach(name::append);
        return name.toString();
    }

    /** A child with only an address, responsible to {@code authority}. */
    public Child childIn(String authority, String given, String family, LocalDate dob) {
        Child child = new Child(ids.next(), given, family, dob, Gender.FEMALE, Instant.now());
        child.moveTo(new Address(nextHouse() + " Canal Street", null, "Nottingham", "NG1 7EH"), LocalDate.now().minusYears(1),
                em.find(LocalAuthority.class, authority));
        em.persist(child);
        searchKeys.index(child);
        return child;
    }

    /**
     * Each fixture child has a home of its own (a house number no other fixture child in the server has), so a
     * shielding request in one test never shields another test's child as one of its household.
     */
    private static final java.util.concurrent.atomic.AtomicInteger HOUSES = (java.util.concurrent.atomic.AtomicInteger)
            System.getProperties().computeIfAbsent("contactpoint.it.fixture-houses", k -> new java.util.concurrent.atomic.AtomicInteger(12));

    private static int nextHouse() {
        return HOUSES.getAndIncrement();
    }

    public Child child(String given, String family, LocalDate dob, boolean shielded, boolean sensitive) {
        return childAt(given, family, dob, shielded, sensitive,
                new Address(nextHouse() + " Mill Lane", null, "West Bridgford", "NG2 7QP"));
    }

    /** As {@link #child}, living at this address. */
    public Child childAt(String given, String family, LocalDate dob, boolean shielded, boolean sensitive, Address home) {
        Instant now = Instant.now();
        Child child = new Child(ids.next(), given, family, dob, Gender.FEMALE, now);
        child.moveTo(home, LocalDate.now().minusYears(1), em.find(LocalAuthority.class, NOTTS));
        child.addParentCarer("Emma Fixture", "mother", true, new ContactDetails("07700 900123", null), null);
        child.addOtherName(OtherNameType.KNOWN_AS, given.equals("Olivia") ? "Livvy" : "Millie", null);
        em.persist(child);
        child.attend(newSetting(), LocalDate.now().minusYears(1));
        child.registerWith(newPractice(), LocalDate.now().minusYears(1));
        Involvement care = new Involvement(child, ServiceType.SOCIAL_CARE, "Notts Social Care", "NOTTS-CSC", "Ada Worker",
                new ContactDetails("0115 900 1234", null), LocalDate.now().minusMonths(3));
        em.persist(care);
        if (sensitive) {
            Consent consent = new Consent(child, ServiceType.MENTAL_HEALTH, ConsentGiver.YOUNG_PERSON, "Olivia Fixture",
                    now.minusSeconds(3600), "fixture", now);
            em.persist(consent);
            Involvement camhs = new Involvement(child, ServiceType.MENTAL_HEALTH, "Notts CAMHS Clinic", "NOTTS-CAMHS",
                    "Cam Therapist", new ContactDetails("0115 900 5678", null), LocalDate.now().minusMonths(2));
            camhs.consentedBy(consent);
            em.persist(camhs);
        }
        if (shielded) {
            child.shield();
        }
        searchKeys.index(child);
        return child;
    }

    /** A code not held yet (another fixture or a feed may hold a random one), so the child's setting is this one. */
    private Setting newSetting() {
        String urn;
        do {
            urn = String.valueOf(100000 + ThreadLocalRandom.current().nextInt(899999));
        } while (!em.createQuery("SELECT s.id FROM Setting s WHERE s.urn = :urn", Long.class).setParameter("urn", urn)
                .getResultList().isEmpty());
        Setting setting = new Setting(urn, "Greenfield Primary School");
        em.persist(setting);
        return setting;
    }

    private GpPractice newPractice() {
        String code;
        do {
            code = "C" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        } while (!em.createQuery("SELECT g.id FROM GpPractice g WHERE g.code = :code", Long.class).setParameter("code", code)
                .getResultList().isEmpty());
        GpPractice practice = new GpPractice(code, "Musters Medical Practice");
        em.persist(practice);
        return practice;
    }

    public String account(String username, Role role, String authority, String organisation, ServiceType service,
                          boolean nationalPartner) {
        Account a = new Account(username, "Test User", organisation, "Test Organisation",
                authority == null ? null : em.find(LocalAuthority.class, authority), Set.of(role), Instant.now());
        if (service != null) {
            a.belongToService(service);
        }
        a.markNationalPartner(nationalPartner);
        a.activate("x", "x", "x");
        em.persist(a);
        return username;
    }

    /** A partner-system account with one API key; returns the key as the system sends it. */
    public String partnerSystem(String username, String organisation, String authority, boolean nationalPartner,
                                int requestsPerSecond) {
        Account a = new Account(username, "Test Partner System", organisation, "Test Partner Organisation",
                authority == null ? null : em.find(LocalAuthority.class, authority), Set.of(Role.PARTNER_SYSTEM), Instant.now());
        a.markNationalPartner(nationalPartner);
        a.activateAsPartnerSystem();
        em.persist(a);
        org.contactpoint.security.apikey.ApiKeySecret key = org.contactpoint.security.apikey.ApiKeySecret.generate();
        em.persist(new org.contactpoint.account.entity.ApiKey(a, key.keyId(), key.secretSha256(), requestsPerSecond, Instant.now()));
        return key.presented();
    }
}
