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
        return new ChildSearchKey(child, kind, family(family), given(given), postcode, district, cut(town, 100));
    }

    /** The keys of a family name (also used by bulk loaders that write rows without entities). */
    public static ChildSearchKey.FamilyKeys family(String family) {
        return new ChildSearchKey.FamilyKeys(cut(NameKeys.normalise(family), 100), NameKeys.metaphone(family),
                NameKeys.metaphoneAlternate(family), nysiisKey(family), cut(NameKeys.compact(family), 3));
    }

    /** The keys of a child's given names: all of them normalised, and the first one's metaphone and nickname group. */
    public static ChildSearchKey.GivenKeys given(String given) {
        List<String> parts = NameKeys.parts(given);
        String first = parts.isEmpty() ? "" : parts.get(0);
        return new ChildSearchKey.GivenKeys(cut(NameKeys.normalise(given), 100), cut(first, 50), NameKeys.metaphone(first),
                cut(Nicknames.groupOf(first), 24));
    }

    /** NYSIIS as stored: its first 8 letters. */
    public static String nysiisKey(String name) {
        return cut(NameKeys.nysiis(name), 8);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
