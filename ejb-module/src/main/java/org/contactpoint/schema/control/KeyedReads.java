package org.contactpoint.schema.control;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads by long lists of keys (a chunk's blocking keys, candidates, postcodes), in plain JDBC on the transaction's
 * connection. EclipseLink's native queries look each positional parameter up in a list, so a statement with hundreds
 * of parameters cost time quadratic in their number: a third of a load's CPU. Parameters are plain {@code ?}; dates
 * come back as {@link java.time.LocalDate}. Nothing is flushed first: the caller flushes when it must see its own
 * writes.
 */
public final class KeyedReads {

    private KeyedReads() {
    }

    /** Call inside a transaction (the connection is the transaction's, so the reads see what it has written). */
    public static List<Object[]> rows(EntityManager em, String sql, List<?> parameters) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        Object value = result.getObject(c + 1);
                        row[c] = value instanceof java.sql.Date d ? d.toLocalDate() : value;
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("a keyed read failed: " + e.getMessage(), e);
        }
    }

    /** "?,?,…,?": {@code count} parameters. */
    public static String parameters(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }
}
