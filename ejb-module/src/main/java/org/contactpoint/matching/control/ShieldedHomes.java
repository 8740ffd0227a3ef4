package org.contactpoint.matching.control;

import jakarta.persistence.EntityManager;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildAddress;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.schema.control.PlainJdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where shielded children live, at some postcodes, and when an address is one of those homes: the same postcode
 * and first line, or the same postcode when either has no first line (a twin's or sibling's record must not show
 * where a shielded child lives). Read for one address or for a whole chunk's postcodes at once.
 */
public final class ShieldedHomes {

    private record Home(long childId, String line1) {
    }

    private final Map<String, List<Home>> byPostcode = new HashMap<>();
    private final Map<Long, String> postcodeOf = new HashMap<>();
    private final Set<String> covered = new HashSet<>();

    private ShieldedHomes() {
    }

    /**
     * The current homes of shielded children at these postcodes. Two single-table reads by key, not a join: during a
     * bulk load the statistics lag and a join's plan can scan every child. Most homes hold no other child.
     */
    public static ShieldedHomes at(EntityManager em, Collection<String> postcodes) {
        ShieldedHomes homes = new ShieldedHomes();
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(postcodes));
        wanted.removeIf(p -> p == null || p.isBlank());
        homes.covered.addAll(wanted);
        Map<Long, List<Object[]>> addresses = new HashMap<>();
        for (Object[] row : PlainJdbc.rowsIn(em, "SELECT child_id, postcode, line1 FROM child_address WHERE valid_to IS NULL "
                + "AND postcode IN (%s)", wanted)) {
            addresses.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row);
        }
        Set<Long> shielded = new HashSet<>();
        for (Object[] row : PlainJdbc.rowsIn(em, "SELECT id FROM child WHERE shielded = TRUE AND id IN (%s)", addresses.keySet())) {
            shielded.add(((Number) row[0]).longValue());
        }
        for (long child : shielded) {
            for (Object[] row : addresses.get(child)) {
                homes.add(child, (String) row[1], (String) row[2]);
            }
        }
        return homes;
    }

    /** The home of one shielded child, to find who else lives there. */
    public static ShieldedHomes of(long childId, Address home) {
        ShieldedHomes homes = new ShieldedHomes();
        if (home != null && home.postcode() != null) {
            homes.covered.add(home.postcode());
            homes.add(childId, home.postcode(), home.line1());
        }
        return homes;
    }

    /**
     * The live children, not shielded yet, who live in this child's home: shielding the child must shield them too, or
     * their records would show where it lives.
     */
    public static List<Child> unshieldedHousemates(EntityManager em, Child child) {
        Address home = child.currentAddress().map(ChildAddress::address).orElse(null);
        if (home == null || home.postcode() == null) {
            return List.of();
        }
        ShieldedHomes homes = of(child.id(), home);
        return em.createQuery("SELECT a.child FROM ChildAddress a WHERE a.to IS NULL AND a.address.postcode = :postcode "
                        + "AND a.child.id <> :child AND a.child.shielded = FALSE AND a.child.status = :active", Child.class)
                .setParameter("postcode", home.postcode()).setParameter("child", child.id())
                .setParameter("active", ChildStatus.ACTIVE).getResultList().stream()
                .filter(other -> homes.isShieldedHome(other.currentAddress().map(ChildAddress::address).orElse(null), other.id()))
                .toList();
    }

    /**
     * A child whose home or shielding changed after these homes were read (in the same chunk): its home counts from
     * now on if it is shielded, and its earlier home no longer does.
     */
    public void update(long childId, Address home, boolean shielded) {
        String before = postcodeOf.remove(childId);
        if (before != null) {
            byPostcode.get(before).removeIf(h -> h.childId() == childId);
        }
        if (shielded && home != null && home.postcode() != null) {
            add(childId, home.postcode(), home.line1());
        }
    }

    private void add(long childId, String postcode, String line1) {
        byPostcode.computeIfAbsent(postcode, k -> new ArrayList<>()).add(new Home(childId, firstLine(line1)));
        postcodeOf.put(childId, postcode);
    }

    /** The shielded children living at this postcode. */
    public List<Long> childrenAt(String postcode) {
        return byPostcode.getOrDefault(postcode, List.of()).stream().map(Home::childId).toList();
    }

    /** Whether these homes were read for this postcode. */
    public boolean covers(String postcode) {
        return covered.contains(postcode);
    }

    /** Whether this address is the home of a shielded child other than the given one. */
    public boolean isShieldedHome(Address address, long exceptChild) {
        if (address == null || address.postcode() == null) {
            return false;
        }
        String line1 = firstLine(address.line1());
        return byPostcode.getOrDefault(address.postcode(), List.of()).stream().anyMatch(h -> h.childId() != exceptChild
                && (line1 == null || h.line1() == null || line1.equals(h.line1())));
    }

    private static String firstLine(String line1) {
        if (line1 == null || line1.isBlank()) {
            return null;
        }
        return line1.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
