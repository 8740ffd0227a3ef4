/**
 * System status for the health endpoint: database, schema version, demo-data loading.
 */
package org.contactpoint.schema.api;
