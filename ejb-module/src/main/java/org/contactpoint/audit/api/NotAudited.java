package org.contactpoint.audit.api;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A parameter never written to the audit trail: passwords, PINs, token codes, activation codes, keys. */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface NotAudited {
}
