package org.contactpoint.misuse.entity;

/** The misuse rules run over the audit stream. */
public enum MisuseRule {
    HEAVY_VIEWING("More record views in an hour than the threshold"),
    TRAWLING("Many searches with few records opened (trawling)"),
    SHIELDED_VIEW("A shielded record viewed by someone outside its ContactPoint team"),
    OUTSIDE_AUTHORITY("A record of another authority's child viewed"),
    OUT_OF_HOURS("Activity outside working hours"),
    NEW_ADDRESS("A sign-in from an address not used in recent months");

    private final String label;

    MisuseRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
