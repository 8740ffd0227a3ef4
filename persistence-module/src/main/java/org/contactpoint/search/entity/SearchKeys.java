package org.contactpoint.search.entity;

import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.OtherName;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.contactdetails.entity.Address;

import java.util.ArrayList;
import java.util.List;

/**
 * The search keys of a child: one row per name it is known by (its name, known-as and previous names; a part
 * missing from another name is taken from the current name), each with the current address's location parts.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static List<ChildSearchKey> of(Child child) {
        Address address = child.currentAddress().map(a -> a.address()).orElse(null);
        String postcode = address == null || address.postcode() == null ? null : address.postcode();
        String district = address == null ? null : address.postcodeDistrict();
        String town = address == null || address.town() == null ? null : NameKeys.normalise(address.town());
        List<ChildSearchKey> keys = new ArrayList<>();
        keys.add(key(child, NameKind.CURRENT, child.givenNames(), child.familyName(), postcode, district, town));
        for (OtherName other : child.otherNames()) {
            String given = other.givenNames() == null ? child.givenNames() : other.givenNames();
            String family = other.familyName() == null ? child.familyName() : other.familyName();
            NameKind kind = other.type() == OtherNameType.PREVIOUS ? NameKind.PREVIOUS : NameKind.KNOWN_AS;
            ChildSearchKey key = key(child, kind, given, family, postcode, district, town);
            if (keys.stream().noneMatch(k -> k.familyNorm().equals(key.familyNorm()) && k.givenNorm().equals(key.givenNorm()))) {
                keys.add(key);
            }
        }
        return keys;
    }

    public static ChildSearchKey key(Child child, NameKind kind, String given, String family, String postcode, String district,
                              String town) {
        String familyCompact = NameKeys.compact(family);
        ChildSearchKey.FamilyKeys familyKeys = new ChildSearchKey.FamilyKeys(cut(NameKeys.normalise(family), 100),
                NameKeys.metaphone(family), NameKeys.metaphoneAlternate(family), nysiisKey(family),
                cut(familyCompact, 3));
        List<String> givenParts = NameKeys.parts(given);
        String first = givenParts.isEmpty() ? "" : givenParts.get(0);
        ChildSearchKey.GivenKeys givenKeys = new ChildSearchKey.GivenKeys(cut(NameKeys.normalise(given), 100), cut(first, 50),
                NameKeys.metaphone(first), cut(Nicknames.groupOf(first), 24));
        return new ChildSearchKey(child, kind, familyKeys, givenKeys, postcode, district, cut(town, 100));
    }

    /** NYSIIS as stored: its first 8 letters. */
    public static String nysiisKey(String name) {
        return cut(NameKeys.nysiis(name), 8);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
