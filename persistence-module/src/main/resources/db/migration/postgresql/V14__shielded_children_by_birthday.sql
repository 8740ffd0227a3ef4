-- Shield-safety's blocking pass: the live shielded children born on a day. Partial, so it holds only them (a few per
-- cent of the children) and costs an unshielded child's insert nothing.
CREATE INDEX ix_child_shielded_born ON child (date_of_birth) WHERE shielded = TRUE AND status = 'ACTIVE';
