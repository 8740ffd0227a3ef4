package org.contactpoint.audit.api;

import java.util.List;

/** A result whose children are recorded in the call's audit event (e.g. the IDs a search returned). */
public interface AuditedResult {

    /** ContactPoint IDs the caller was shown. */
    List<String> auditedIds();
}
