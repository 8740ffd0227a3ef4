package org.contactpoint.schema.api;

import jakarta.ejb.Local;

/** What the health endpoint reports: database reachability, schema version, demo-data loading. No personal data. */
@Local
public interface SystemStatus {

    /** A snapshot of the system's state. */
    record Status(boolean databaseUp, String databaseProduct, String schemaVersion, boolean demoDataLoading,
                  boolean demoDataFailed, long demoRecordsLoaded) {
    }

    Status status();
}
