package org.contactpoint.access.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.SourceSystemScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.access.control.Callers;
import org.contactpoint.security.api.PermissionChecker;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/** Enforces {@link Authorized}: runs inside the audit interceptor, so a denial is audited. */
@Authorized("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class AuthorizationInterceptor {

    @Inject
    Callers callers;

    @Inject
    AuthorityScopes scopes;

    @Inject
    PermissionChecker permissions;

    @AroundInvoke
    Object authorize(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        Authorized required = method.isAnnotationPresent(Authorized.class) ? method.getAnnotation(Authorized.class)
                : method.getDeclaringClass().getAnnotation(Authorized.class);
        String permission = required.value();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(AuthorityScope.class)) {
                permission = permission + ":" + scopes.of(call.getParameters()[i]);
            }
            if (parameters[i].isAnnotationPresent(SourceSystemScope.class)) {
                permission = permission + ":" + scopes.ofSource(call.getParameters()[i]);
            }
        }
        if (!permissions.isPermitted(callers.current(), permission)) {
            throw new NotPermittedException(required.value().replace(':', ' '));
        }
        return call.proceed();
    }
}
