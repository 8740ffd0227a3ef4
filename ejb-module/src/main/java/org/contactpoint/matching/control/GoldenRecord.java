package org.contactpoint.matching.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildAddress;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.organisation.entity.PostcodeDistrict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps a child's identity and address the golden record of its sources ({@link Survivorship}, trust from
 * {@link SourceTrust#configured()}). A name that stops being the child's name stays searchable as a known-as name.
 * Children never show a shielded child's home: one who comes to live in it is shielded, and so are those already
 * living where a shielded child comes to live.
 */
@ApplicationScoped
public class GoldenRecord {

    private static final Logger LOG = Logger.getLogger(GoldenRecord.class.getName());

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private Survivorship survivorship;

    /**
     * The authority of each postcode district met ("" for a district outside the mapping), which only a migration
     * changes. EclipseLink's shared cache does not serve it here: a feed's transaction has written before it reads a
     * district, and EclipseLink then reads from the database: an eighth of a load's CPU.
     */
    private final java.util.Map<String, String> authorityOfDistrict = new java.util.concurrent.ConcurrentHashMap<>();

    /** Read at deployment: a bad file then stops the start with its key named, instead of failing every feed record. */
    void atStart(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        // observing the start makes the container create this bean, and so read the file, now
    }

    @PostConstruct
    void loadTrust() {
        survivorship = new Survivorship(SourceTrust.configured());
        LOG.info(() -> "Source trust for the golden record: " + System.getProperty(SourceTrust.PROPERTY, "built-in"));
    }

    /**
     * Chooses the child's identity and address again from all the source records now linked to it.
     *
     * @return true when the child moved into a shielded child's home and was shielded for it ({@link #shieldIfHousehold})
     */
    public boolean settle(Child child, Instant now) {
        return settle(child, null, now);
    }

    /** As {@link #settle(Child, Instant)}, with the shielded homes read with the chunk (null to read them now). */
    public boolean settle(Child child, ShieldedHomes homes, Instant now) {
        return settle(child, sourcesOf(child), homes, now);
    }

    /** As {@link #settle(Child, ShieldedHomes, Instant)}, given all the child's source records (read with the chunk). */
    public boolean settle(Child child, List<SourceRecord> sources, ShieldedHomes homes, Instant now) {
        Optional<Address> before = child.currentAddress().map(ChildAddress::address);
        apply(child, goldenOf(sources), true, now);
        return shieldIfHousehold(child, before, homes);
    }

    /**
     * The identity part of {@link #settle} only: what a merge changes and an unmerge puts back. A merge leaves the
     * survivor's address history as it was, so an unmerge never leaves one child's address in the other's history.
     */
    public void settleIdentity(Child child, Instant now) {
        apply(child, goldenOf(sourcesOf(child)), false, now);
    }

    /**
     * A new child's only source: its address is where the child lives.
     *
     * @param homes the shielded homes read with the chunk; null, or not read for the address's postcode, to read them now
     * @return as {@link #settle}
     */
    public boolean settleNew(Child child, Address address, ShieldedHomes homes, Instant now) {
        if (address == null) {
            return false;
        }
        child.moveTo(address, LocalDate.ofInstant(now, ZoneOffset.UTC), responsibleAuthority(address));
        return shieldIfHousehold(child, Optional.empty(), homes);
    }

    /**
     * A child whose new address is a shielded child's home ({@link ShieldedHomes}) is shielded too: a twin's or
     * sibling's record would otherwise show where the shielded child lives. The child's team can lift it through the
     * usual decision.
     */
    private boolean shieldIfHousehold(Child child, Optional<Address> before, ShieldedHomes known) {
        Optional<Address> home = child.currentAddress().map(ChildAddress::address);
        if (child.isShielded() || home.isEmpty() || home.equals(before) || home.get().postcode() == null) {
            return false;
        }
        ShieldedHomes homes = known;
        if (homes == null || !homes.covers(home.get().postcode())) {
            em.flush(); // a child shielded earlier in this chunk is a shielded home too
            homes = ShieldedHomes.at(em, List.of(home.get().postcode()));
        }
        boolean household = homes.isShieldedHome(home.get(), child.id());
        if (household) {
            child.shield();
        }
        return household;
    }

    /**
     * A shielded child who has come to live in a home, or has just been shielded, shields the children already living
     * there ({@link ShieldedHomes#unshieldedHousemates}): a brother's or a new step-sister's record would otherwise show
     * where it lives. Their teams can lift it through the usual decision.
     *
     * @param homeBefore      the child's home before its record was applied (empty for a new child)
     * @param shieldedBefore  whether the child was shielded before its record was applied
     * @return the children shielded for it
     */
    public List<Child> shieldHousemates(Child child, Optional<Address> homeBefore, boolean shieldedBefore) {
        Optional<Address> home = child.currentAddress().map(ChildAddress::address);
        if (!child.isShielded() || home.isEmpty() || (shieldedBefore && home.equals(homeBefore))) {
            return List.of();
        }
        em.flush(); // children of this chunk living there are read too
        List<Child> housemates = ShieldedHomes.unshieldedHousemates(em, child);
        housemates.forEach(Child::shield);
        return housemates;
    }

    private List<SourceRecord> sourcesOf(Child child) {
        return em.createQuery("SELECT s FROM SourceRecord s WHERE s.child = :child", SourceRecord.class)
                .setParameter("child", child).getResultList();
    }

    private Survivorship.Golden goldenOf(List<SourceRecord> sources) {
        return survivorship.of(sources.stream().map(GoldenRecord::statement).toList());
    }

    private void apply(Child child, Survivorship.Golden golden, boolean address, Instant now) {
        String given = golden.givenNames().orElse(child.givenNames());
        String family = golden.familyName().orElse(child.familyName());
        LocalDate born = golden.dateOfBirth().orElse(child.dateOfBirth());
        Gender gender = golden.gender().orElse(child.gender());
        boolean renamed = !given.equals(child.givenNames()) || !family.equals(child.familyName());
        if (renamed) {
            child.addOtherName(OtherNameType.KNOWN_AS, child.givenNames(), child.familyName());
        }
        if (renamed || !born.equals(child.dateOfBirth()) || gender != child.gender()) {
            child.correctIdentity(given, family, born, gender, now);
        }
        if (address) {
            golden.address().ifPresent(a -> child.moveTo(a, LocalDate.ofInstant(now, ZoneOffset.UTC), responsibleAuthority(a)));
        }
    }

    private static Survivorship.Statement statement(SourceRecord s) {
        return new Survivorship.Statement(s.sourceSystem(), s.receivedAt(), s.id(), s.givenNames().orElse(null),
                s.familyName().orElse(null), s.dateOfBirth().orElse(null), s.gender().orElse(null),
                s.address().orElse(null));
    }

    /** Null when the postcode is missing or outside the mapping: a national team then handles the record. */
    private LocalAuthority responsibleAuthority(Address address) {
        String district = address.postcodeDistrict();
        if (district == null) {
            return null;
        }
        String code = authorityOfDistrict.computeIfAbsent(district, d -> {
            PostcodeDistrict mapped = em.find(PostcodeDistrict.class, d);
            return mapped == null ? "" : mapped.localAuthority().code();
        });
        return code.isEmpty() ? null : em.getReference(LocalAuthority.class, code);
    }
}
