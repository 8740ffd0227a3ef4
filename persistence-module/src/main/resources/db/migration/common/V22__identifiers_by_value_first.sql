-- A chunk reads the children holding any of its records' UPNs as scheme = 'UPN' AND identifier_value IN (...). With
-- the scheme first in the index, statistics taken while the table held NHS numbers only (the health feed loads first)
-- put UPNs at one row, and PostgreSQL scanned every UPN row through the index's scheme alone, filtering the values:
-- 25 ms a read, growing with each UPN loaded, until the table was analysed again (docs/benchmarks.md). With the value
-- first, the IN list is the index condition whatever the statistics say; a lookup by scheme and value is served alike.
DROP INDEX ix_child_identifier_value;
CREATE INDEX ix_child_identifier_value ON child_identifier (identifier_value, scheme);
