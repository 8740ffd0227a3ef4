-- Audit events are insert-only: the database itself refuses to change or remove one.
CREATE FUNCTION audit_event_is_insert_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are insert-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_insert_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_insert_only();
