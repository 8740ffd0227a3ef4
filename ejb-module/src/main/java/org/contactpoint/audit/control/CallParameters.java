package org.contactpoint.audit.control;

import org.contactpoint.audit.api.AuditTarget;
import org.contactpoint.audit.api.AuditedResult;
import org.contactpoint.audit.api.NotAudited;
import org.contactpoint.child.entity.ContactPointId;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/**
 * How a call's parameters appear in its audit event: a small JSON object of name → text, without parameters marked
 * {@link NotAudited} or typed as char arrays (secrets), cut to the column's 4,000 characters.
 */
public final class CallParameters {

    static final int MAX = 4000;

    private CallParameters() {
    }

    public static String target(Method method, Object[] values) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(AuditTarget.class) && values[i] != null) {
                String text = values[i] instanceof ContactPointId id ? id.value() : values[i].toString();
                return text.matches("\\d{10}") ? text : null;
            }
        }
        return null;
    }

    /** The parameters, and the IDs an {@link AuditedResult} showed the caller (as {@code "returned"}). */
    public static String describe(Method method, Object[] values, Object result) {
        Parameter[] parameters = method.getParameters();
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(NotAudited.class) || parameters[i].getType() == char[].class) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(parameters[i].getName()).append("\":").append(quote(String.valueOf(values[i])));
        }
        if (result instanceof AuditedResult shown) {
            json.append(json.length() > 1 ? "," : "").append("\"returned\":").append(quote(String.join(" ", shown.auditedIds())));
        }
        json.append('}');
        return json.length() <= MAX ? json.toString() : json.substring(0, MAX - 2) + "…}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
