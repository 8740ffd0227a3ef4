/** What partner-system channels (REST, SOAP) share beyond the business facades: idempotent writes. */
package org.contactpoint.partner.api;
