package org.contactpoint.child.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.ContactPointId;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Allocates ContactPoint IDs from the database sequence {@code contactpoint_id_seq}: a sequence never hands out a
 * value twice, even across instances and rollbacks, so an ID is never reused. Call inside a transaction.
 */
@ApplicationScoped
public class ContactPointIds {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    private volatile String nextValueSql;

    public ContactPointId next() {
        return ContactPointId.fromSerial(((Number) em.createNativeQuery(nextValueSql()).getSingleResult()).longValue());
    }

    /** PostgreSQL spells it nextval('seq'); H2 the standard NEXT VALUE FOR seq. */
    private String nextValueSql() {
        if (nextValueSql == null) {
            try {
                String product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
                nextValueSql = product.toLowerCase().contains("postgres")
                        ? "SELECT nextval('contactpoint_id_seq')" : "SELECT NEXT VALUE FOR contactpoint_id_seq";
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database product", e);
            }
        }
        return nextValueSql;
    }
}
