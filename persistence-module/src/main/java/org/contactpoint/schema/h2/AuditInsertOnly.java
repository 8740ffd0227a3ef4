package org.contactpoint.schema.h2;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2's half of "audit events are insert-only" (PostgreSQL uses a PL/pgSQL trigger): refuses every UPDATE and DELETE
 * on {@code audit_event}. H2 loads trigger classes from its own class loader, so the build also copies this class,
 * alone, into Payara's common {@code lib} folder (the {@code h2-triggers} jar).
 */
public class AuditInsertOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit events are insert-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
