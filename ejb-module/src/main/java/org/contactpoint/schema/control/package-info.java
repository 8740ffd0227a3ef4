/**
 * Schema migration at deployment, before anything else touches the database; the anonymous system-status probe behind /health (no personal data, not audited).
 */
package org.contactpoint.schema.control;
