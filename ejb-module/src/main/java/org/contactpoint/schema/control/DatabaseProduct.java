package org.contactpoint.schema.control;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;

/** Which database the persistence unit runs on, for the few statements H2 and PostgreSQL spell differently. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Call inside a transaction (the connection is the transaction's). */
    public static boolean isPostgres(EntityManager em) {
        try {
            return em.unwrap(Connection.class).getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database product", e);
        }
    }
}
