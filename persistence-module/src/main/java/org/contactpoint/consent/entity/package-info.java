/**
 * Consent to record a sensitive service: who gave it, who recorded it, and its withdrawal (which hides the involvement at once).
 */
package org.contactpoint.consent.entity;
