-- Audit events are insert-only: the database itself refuses to change or remove one. H2 compiles the trigger's
-- Java source when the database opens (Payara runs on a JDK).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW AS $$
org.h2.api.Trigger create() {
    return new org.h2.api.Trigger() {
        public void fire(java.sql.Connection c, Object[] oldRow, Object[] newRow) throws java.sql.SQLException {
            throw new java.sql.SQLException("audit events are insert-only: UPDATE refused");
        }
    };
}
$$;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW AS $$
org.h2.api.Trigger create() {
    return new org.h2.api.Trigger() {
        public void fire(java.sql.Connection c, Object[] oldRow, Object[] newRow) throws java.sql.SQLException {
            throw new java.sql.SQLException("audit events are insert-only: DELETE refused");
        }
    };
}
$$;
