/**
 * MicroProfile Health checks: /health/ready reports the database, schema version and demo-data loading.
 */
package org.contactpoint.web.health;
