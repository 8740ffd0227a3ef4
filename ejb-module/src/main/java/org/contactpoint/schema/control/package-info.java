/**
 * Schema migration at deployment, before anything else touches the database.
 */
package org.contactpoint.schema.control;
