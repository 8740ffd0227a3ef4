package org.contactpoint.contactdetails.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A postal address. Every part is optional because real feeds often send only a town or only a postcode. */
@Embeddable
public class Address {

    @AddressLine
    @Column(name = "line1", length = 200)
    private String line1;

    @AddressLine
    @Column(name = "line2", length = 200)
    private String line2;

    @AddressLine
    @Column(name = "town", length = 200)
    private String town;

    @UkPostcode
    @Column(name = "postcode", length = 8)
    private String postcode;

    protected Address() {
        // for JPA
    }

    public Address(String line1, String line2, String town, String postcode) {
        this.line1 = line1;
        this.line2 = line2;
        this.town = town;
        this.postcode = Postcodes.normalise(postcode);
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public String postcodeDistrict() {
        return Postcodes.district(postcode);
    }

    /**
     * True when this address says nothing {@code other} does not: the same first line and town, with the postcode
     * missing (health records often lack it). Such an address is not a move.
     */
    public boolean isLessCompleteThan(Address other) {
        return postcode == null && other.postcode != null && sameText(line1, other.line1) && sameText(town, other.town);
    }

    private static boolean sameText(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Objects.equals(line1, a.line1) && Objects.equals(line2, a.line2)
                && Objects.equals(town, a.town) && Objects.equals(postcode, a.postcode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, town, postcode);
    }
}
