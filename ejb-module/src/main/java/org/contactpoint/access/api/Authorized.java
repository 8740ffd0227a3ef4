package org.contactpoint.access.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The caller needs {@code value} (a permission of {@code security.api.Permissions}) to make the call. When a
 * parameter is marked {@link AuthorityScope} the permission is checked for that authority
 * ({@code value:<authority code>}); otherwise as it stands. Denial throws {@link NotPermittedException}.
 */
@Inherited
@InterceptorBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface Authorized {
    @Nonbinding
    String value();
}
