package org.contactpoint.child.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.schema.control.DatabaseProduct;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Allocates ContactPoint IDs from the database sequence {@code contactpoint_id_seq}: a sequence never hands out a
 * value twice, even across instances and rollbacks, so an ID is never reused. Values are taken {@value #BLOCK} at a
 * time (one round trip per block during a load); those left unused when the server stops are simply never issued.
 * Call inside a transaction.
 */
@ApplicationScoped
public class ContactPointIds {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    static final int BLOCK = 50;

    private volatile String nextValueSql;
    private final Deque<Long> block = new ArrayDeque<>(BLOCK);

    public ContactPointId next() {
        synchronized (block) {
            if (block.isEmpty()) {
                // nothing to flush for a sequence: a chunk's new children wait to be written together
                for (Object value : em.createNativeQuery(nextValueSql()).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                        .getResultList()) {
                    block.add(((Number) value).longValue());
                }
            }
            return ContactPointId.fromSerial(block.poll());
        }
    }

    /** PostgreSQL spells it nextval('seq'); H2 the standard NEXT VALUE FOR seq (a value per row of the range). */
    private String nextValueSql() {
        if (nextValueSql == null) {
            nextValueSql = DatabaseProduct.isPostgres(em)
                    ? "SELECT nextval('contactpoint_id_seq') FROM generate_series(1, " + BLOCK + ")"
                    : "SELECT NEXT VALUE FOR contactpoint_id_seq FROM SYSTEM_RANGE(1, " + BLOCK + ")";
        }
        return nextValueSql;
    }
}
