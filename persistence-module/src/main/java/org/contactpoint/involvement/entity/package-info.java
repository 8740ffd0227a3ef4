/**
 * Involvement: a service working with a child. Sensitive services need consent or a regulation 11(3) harm declaration.
 */
package org.contactpoint.involvement.entity;
