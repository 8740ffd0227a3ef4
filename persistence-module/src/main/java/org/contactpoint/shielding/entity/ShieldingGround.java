package org.contactpoint.shielding.entity;

/**
 * The only grounds on which a record may be shielded. Objecting to ContactPoint in principle is not one of them.
 */
public enum ShieldingGround {
    /** Not shielding would place a child or adult at increased risk of significant harm. */
    RISK_OF_SIGNIFICANT_HARM,
    /** Not shielding would prejudice the prevention or detection of a serious crime. */
    PREJUDICE_TO_SERIOUS_CRIME_DETECTION,
    /** Not shielding would put a child's placement at risk (adoption). */
    RISK_TO_ADOPTION_PLACEMENT
}
