/**
 * Organisations: local authorities and the postcode districts they cover, educational settings and GP practices (shared reference data).
 */
package org.contactpoint.organisation.entity;
