package org.contactpoint.lifecycle.control;

import org.contactpoint.lifecycle.api.LifecycleAction;

/** A run's count key: authority (null for none) and action. */
record LifecycleReportKey(String authority, LifecycleAction action) {
}
