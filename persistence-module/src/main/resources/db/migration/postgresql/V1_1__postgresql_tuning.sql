-- PostgreSQL only: the lookups that only ever concern live records get partial indexes, which H2 cannot express.
CREATE INDEX ix_child_active_la ON child (responsible_la_code) WHERE status = 'ACTIVE';
CREATE INDEX ix_shielding_request_open ON shielding_request (requested_at) WHERE status IN ('PENDING', 'MORE_INFORMATION_NEEDED');
