/**
 * Search keys of a child (ARCHITECTURE.md §6): normalised and phonetic name keys, nickname group, date-of-birth
 * parts and location parts, one row per name the child is known by. Written by ejb-module's search capability;
 * never shown to anyone, and never leaves the EJB layer.
 */
package org.contactpoint.search.entity;
