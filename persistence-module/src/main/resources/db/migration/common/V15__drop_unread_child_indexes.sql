-- No query reads these since searches and blocking read child_search_key (V4, V11): every new child paid for
-- keeping them up to date (a million-child load spent 13 % of PostgreSQL's time inserting into child's 9 indexes).
DROP INDEX IF EXISTS ix_child_family_dob;
DROP INDEX IF EXISTS ix_child_dob;
