package org.contactpoint.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.contactpoint.access.api.NotPermittedException;
import org.contactpoint.access.api.RequestOrigin;
import org.contactpoint.access.control.Callers;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.audit.control.AuditChain;
import org.contactpoint.audit.control.CallParameters;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.security.api.Caller;

import java.lang.reflect.Method;

/**
 * Writes one audit event per call of an {@link Audited} method: ALLOWED when it returns, DENIED when a permission
 * check refuses it, FAILED on any other exception. Runs outside the authorization interceptor so it sees denials.
 */
@Audited("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditChain chain;

    @Inject
    Callers callers;

    @Inject
    RequestOrigin origin;

    @AroundInvoke
    Object audit(InvocationContext call) throws Exception {
        Outcome outcome = Outcome.FAILED;
        Object result = null;
        try {
            result = call.proceed();
            outcome = Outcome.ALLOWED;
            return result;
        } catch (NotPermittedException e) {
            outcome = Outcome.DENIED;
            throw e;
        } finally {
            record(call, outcome, result);
        }
    }

    private void record(InvocationContext call, Outcome outcome, Object result) {
        Method method = call.getMethod();
        Audited audited = method.isAnnotationPresent(Audited.class) ? method.getAnnotation(Audited.class)
                : method.getDeclaringClass().getAnnotation(Audited.class);
        Caller caller = callers.current();
        Channel channel = Channel.SCHEDULE;
        String address = null;
        try {
            channel = origin.channel();
            address = origin.clientAddress();
        } catch (ContextNotActiveException e) {
            // no request: a timer or startup work
        }
        chain.append(new AuditChain.Entry(caller.username(), caller.primaryRole(), caller.localAuthorityCode(), channel,
                audited.value(), CallParameters.target(method, call.getParameters()),
                CallParameters.describe(method, call.getParameters(), result), outcome, address));
    }
}
