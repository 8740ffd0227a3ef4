-- Audit search (Management console): an authority's events and one action's events, newest first by sequence
-- (keyset paging), as the actor and child searches already are (ix_audit_event_actor, ix_audit_event_target).
CREATE INDEX ix_audit_event_la_seq ON audit_event (local_authority_code, seq);
CREATE INDEX ix_audit_event_action_seq ON audit_event (action, seq);
