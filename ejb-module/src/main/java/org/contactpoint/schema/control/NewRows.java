package org.contactpoint.schema.control;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.queries.ContainerPolicy;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New entities inserted as JDBC batches, each row built by EclipseLink's own mapping of its class, but outside the
 * persistence context. The feed's new children go this way: EclipseLink's flush of them (a change set and an insert
 * query per object, Bean Validation of the whole graph at each object, the search for new objects reached from
 * managed ones) took over half of a creating load's server CPU.
 * <p>
 * An entity {@linkplain #add added} gets its id at once (from the same sequence allocations as EclipseLink's). At
 * {@link #write} it and the new entities it cascades to (a child's names, addresses, identifiers…) are inserted on the
 * transaction's connection, a table's rows after those of the tables they refer to, so they commit or roll back with
 * the transaction. They are never managed: the entity manager reads them from the database like any other row, and
 * nothing managed may refer to one (EclipseLink would insert it again). Until written, no read sees them, the
 * transaction's own included: write before a read that must. What an entity holds is walked when it is written, so
 * add nothing to it after that. They are not validated: give only what was validated on the way in (the feed's
 * records are, field by field). One instance per transaction.
 */
public final class NewRows {

    private final EntityManager em;
    private final UnitOfWorkImpl session;
    private final List<Object> added = new ArrayList<>();

    public NewRows(EntityManager em) {
        this.em = em;
        this.session = (UnitOfWorkImpl) em.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class);
    }

    /** The entity is inserted at the next {@link #write}; its id is assigned now. */
    public void add(Object entity) {
        session.assignSequenceNumber(entity, session.getDescriptor(entity));
        added.add(entity);
    }

    /** Inserts what was added since the last write, with the new entities it cascades to. */
    public void write() {
        if (added.isEmpty()) {
            return;
        }
        Map<ClassDescriptor, List<Object>> byClass = new LinkedHashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object entity : added) {
            collect(entity, seen, byClass);
        }
        added.clear();
        Map<ClassDescriptor, Integer> depths = new HashMap<>();
        List<ClassDescriptor> order = new ArrayList<>(byClass.keySet());
        order.sort(Comparator.comparingInt(d -> depth(d, depths)));
        Connection connection = em.unwrap(Connection.class);
        for (ClassDescriptor descriptor : order) {
            insert(connection, descriptor, byClass.get(descriptor));
        }
    }

    /** The entity and, through mappings that cascade persist, the new entities it holds (managed ones excepted). */
    private void collect(Object entity, Set<Object> seen, Map<ClassDescriptor, List<Object>> byClass) {
        if (!seen.add(entity) || session.isObjectRegistered(entity)) {
            return;
        }
        ClassDescriptor descriptor = session.getDescriptor(entity);
        session.assignSequenceNumber(entity, descriptor);
        byClass.computeIfAbsent(descriptor, d -> new ArrayList<>()).add(entity);
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (!(mapping instanceof ForeignReferenceMapping reference) || !reference.isCascadePersist()) {
                continue;
            }
            if (reference instanceof CollectionMapping collection) {
                Object values = collection.getRealCollectionAttributeValueFromObject(entity, session);
                ContainerPolicy policy = collection.getContainerPolicy();
                for (Object i = policy.iteratorFor(values); policy.hasNext(i); ) {
                    collect(policy.next(i, session), seen, byClass);
                }
            } else {
                Object value = reference.getRealAttributeValueFromObject(entity, session);
                if (value != null) {
                    collect(value, seen, byClass);
                }
            }
        }
    }

    /** 0 for a table that refers to no other, else one more than the deepest table it refers to by a foreign key. */
    private static int depth(ClassDescriptor descriptor, Map<ClassDescriptor, Integer> depths) {
        Integer known = depths.get(descriptor);
        if (known != null) {
            return known;
        }
        depths.put(descriptor, 0); // a table referring to itself counts once
        int depth = 0;
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof ObjectReferenceMapping reference && reference.isForeignKeyRelationship()
                    && reference.getReferenceDescriptor() != descriptor) {
                depth = Math.max(depth, 1 + depth(reference.getReferenceDescriptor(), depths));
            }
        }
        depths.put(descriptor, depth);
        return depth;
    }

    /** One JDBC batch per set of columns (rows of one class have the same, but the statement need not assume so). */
    private void insert(Connection connection, ClassDescriptor descriptor, List<Object> entities) {
        Map<List<DatabaseField>, List<AbstractRecord>> byColumns = new LinkedHashMap<>();
        for (Object entity : entities) {
            AbstractRecord row = descriptor.getObjectBuilder().buildRow(entity, session, DatabaseMapping.WriteType.INSERT);
            if (descriptor.usesVersionLocking()) {
                // EclipseLink's own inserts start a version at 1
                row.put(descriptor.getOptimisticLockingPolicy().getWriteLockField(), 1L);
            }
            byColumns.computeIfAbsent(List.copyOf(row.getFields()), f -> new ArrayList<>()).add(row);
        }
        DatabasePlatform platform = session.getPlatform();
        byColumns.forEach((columns, rows) -> {
            String sql = "INSERT INTO " + descriptor.getDefaultTable().getQualifiedNameDelimited(platform) + " ("
                    + String.join(",", columns.stream().map(c -> c.getNameDelimited(platform)).toList()) + ") VALUES ("
                    + PlainJdbc.parameters(columns.size()) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (AbstractRecord row : rows) {
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = row.get(columns.get(i));
                        if (value == null) {
                            statement.setNull(i + 1, platform.getJDBCTypeForSetNull(columns.get(i)));
                        } else {
                            platform.setParameterValueInDatabaseCall(value, statement, i + 1, session);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            } catch (SQLException e) {
                // not the driver's message, nor the exception as a cause: they quote the rows' values, and the
                // container logs what an EJB throws
                throw new IllegalStateException("new " + descriptor.getAlias() + " rows could not be written (SQL state "
                        + e.getSQLState() + ")");
            }
        });
    }
}
