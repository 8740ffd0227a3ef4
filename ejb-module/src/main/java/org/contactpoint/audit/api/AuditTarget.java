package org.contactpoint.audit.api;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** The parameter holding the ContactPoint ID of the child a call concerns (a ContactPointId or its text). */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface AuditTarget {
}
