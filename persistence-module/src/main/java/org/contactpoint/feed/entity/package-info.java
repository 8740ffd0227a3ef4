/**
 * Source records: what each source system said about a child, versioned so replays are harmless.
 */
package org.contactpoint.feed.entity;
