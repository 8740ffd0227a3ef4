package org.contactpoint.schema.control;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the transaction's connection, where EclipseLink's native queries cost too much: reads by long lists
 * of keys (a chunk's blocking keys, candidates, postcodes) and writes of many rows of one statement. EclipseLink looks
 * each positional parameter up in a list, so a statement with hundreds of parameters cost time quadratic in their
 * number (a third of a load's CPU), and it sends each native update on its own. Parameters are plain {@code ?};
 * dates come back as {@link java.time.LocalDate}. Nothing is flushed first: the caller flushes when it must.
 */
public final class PlainJdbc {

    private PlainJdbc() {
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

    /** Keys per statement of {@link #rowsIn}. */
    public static final int KEYS_PER_READ = 128;

    /**
     * The rows of {@code sql}, whose {@code %s} is an IN list, for any number of keys: {@value #KEYS_PER_READ} keys
     * per statement, the last block padded by repeating its last key, so the database plans one statement shape.
     * {@code after} are the parameters that follow the IN list.
     */
    public static List<Object[]> rowsIn(EntityManager em, String sql, java.util.Collection<?> keys, Object... after) {
        List<Object> all = new ArrayList<>(keys);
        List<Object[]> rows = new ArrayList<>();
        String statement = String.format(sql, parameters(KEYS_PER_READ));
        for (int from = 0; from < all.size(); from += KEYS_PER_READ) {
            List<Object> block = new ArrayList<>(all.subList(from, Math.min(all.size(), from + KEYS_PER_READ)));
            while (block.size() < KEYS_PER_READ) {
                block.add(block.get(block.size() - 1));
            }
            block.addAll(List.of(after));
            rows.addAll(rows(em, statement, block));
        }
        return rows;
    }

    /** One statement for many rows, sent as JDBC batches in the transaction. */
    public static void batch(EntityManager em, String sql, List<List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<?> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    statement.setObject(i + 1, row.get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("a batched write failed: " + e.getMessage(), e);
        }
    }

    /** "?,?,…,?": {@code count} parameters. */
    public static String parameters(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }
}
