/**
 * Child record services used by the boundaries: ContactPoint ID allocation.
 */
package org.contactpoint.child.control;
