package org.contactpoint.tools.generate;

import java.util.List;

/** A generated family: where it lives now (and before, if it moved), its parents/carers and its children. */
record Household(String familyName, Area area, Address current, Address previous, List<Parent> parents,
                 Area.Organisation practice, List<TrueChild> children) {

    record Address(String line1, String town, String postcode, Area area) {
    }

    record Parent(String name, String relationship, boolean parentalResponsibility, String phone) {
    }

    boolean moved() {
        return previous != null;
    }
}
