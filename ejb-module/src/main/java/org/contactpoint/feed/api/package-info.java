/**
 * The feed format (FEED-FORMAT.md v1) as records, and its problems, shared by the CLI, REST and SOAP boundaries.
 */
package org.contactpoint.feed.api;
