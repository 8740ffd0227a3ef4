/**
 * Child: the index record (identity, addresses, identifiers, parents/carers, setting, GP) and the ContactPoint ID. Enforces ARCHITECTURE.md §1: ages 0–25, no case information.
 */
package org.contactpoint.child.entity;
