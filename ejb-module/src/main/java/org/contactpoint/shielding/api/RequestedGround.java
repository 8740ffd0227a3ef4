package org.contactpoint.shielding.api;

/**
 * The grounds a shielding request may give. {@link #OBJECTS_IN_PRINCIPLE} is offered so that it can be refused
 * with the explanation: it is not a ground.
 */
public enum RequestedGround {
    RISK_OF_SIGNIFICANT_HARM("Not shielding would put a child or adult at increased risk of significant harm"),
    PREJUDICE_TO_SERIOUS_CRIME_DETECTION("Not shielding would prejudice the prevention or detection of a serious crime"),
    RISK_TO_ADOPTION_PLACEMENT("Not shielding would put a child's placement at risk (adoption)"),
    OBJECTS_IN_PRINCIPLE("The family objects to ContactPoint in principle");

    /** The seed's words: shielding is not for objection in principle. */
    public static final String NOT_A_GROUND = "It is not appropriate to shield a record if an individual simply objects "
            + "to ContactPoint in principle. A record is shielded only where not shielding it would put a child or adult at "
            + "risk of significant harm, prejudice the prevention or detection of a serious crime, or put an adoption "
            + "placement at risk.";

    private final String label;

    RequestedGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
