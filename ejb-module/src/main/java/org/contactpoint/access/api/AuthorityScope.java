package org.contactpoint.access.api;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The parameter giving the local authority a call acts in: an authority code, or a ContactPoint ID whose child's
 * responsible authority is the scope.
 */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface AuthorityScope {
}
