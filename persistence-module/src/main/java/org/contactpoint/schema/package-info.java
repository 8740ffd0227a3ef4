/**
 * The database schema: Flyway migrations (SQL in db/migration, reference data as Java migrations) and column converters.
 */
package org.contactpoint.schema;
