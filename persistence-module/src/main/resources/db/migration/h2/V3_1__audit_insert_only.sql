-- Audit events are insert-only: the database itself refuses to change or remove one (class in the h2-triggers jar).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE, DELETE ON audit_event FOR EACH ROW CALL 'org.contactpoint.schema.h2.AuditInsertOnly';
