-- Shield-safety's blocking pass (PostgreSQL's partial index, as a plain composite index: H2 has no partial indexes).
CREATE INDEX ix_child_shielded_born ON child (shielded, status, date_of_birth);
