/**
 * The insert-only, hash-chained audit trail of every use of ContactPoint.
 */
package org.contactpoint.audit.entity;
