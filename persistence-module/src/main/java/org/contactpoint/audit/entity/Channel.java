package org.contactpoint.audit.entity;

/** Where a use of ContactPoint came from. */
public enum Channel {
    UI, REST, SOAP, FEED, SCHEDULE
}
