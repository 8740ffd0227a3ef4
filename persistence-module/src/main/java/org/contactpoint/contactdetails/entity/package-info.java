/**
 * Contact details: addresses, phone and e-mail, and the constraints that keep free text to names and contact details (no case information).
 */
package org.contactpoint.contactdetails.entity;
