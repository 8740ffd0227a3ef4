-- H2 only: PostgreSQL's partial index on live records, as a plain composite index (H2 has no partial indexes).
CREATE INDEX ix_child_active_la ON child (status, responsible_la_code);
