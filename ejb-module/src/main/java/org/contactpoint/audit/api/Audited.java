package org.contactpoint.audit.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Every call of the method leaves one audit event — allowed, denied or failed — that survives a rollback of the
 * call's own transaction. {@code value} names the action, e.g. {@code child.view}. Mark the parameter that names the
 * target child with {@link AuditTarget}; parameters marked {@link NotAudited} (secrets) are left out.
 */
@Inherited
@InterceptorBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface Audited {
    @Nonbinding
    String value();
}
