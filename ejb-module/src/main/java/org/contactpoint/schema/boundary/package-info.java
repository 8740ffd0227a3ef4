/**
 * The system status probe behind the health endpoint.
 */
package org.contactpoint.schema.boundary;
