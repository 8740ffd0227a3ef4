package org.contactpoint.access.api;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** The parameter naming the source system a call acts for: the permission is checked as {@code value:<source>}. */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface SourceSystemScope {
}
