-- A new child is live, alive and not archived, so it need not enter the indexes of the lifecycle sweeps: made partial,
-- they hold only the dead and the archived. ix_child_la repeats ix_child_active_la (V1_1) for the live records every
-- lookup by authority asks for. A new child now updates 4 of child's indexes instead of 7 (a national load spent 13 %
-- of PostgreSQL's time inserting children).
DROP INDEX ix_child_la;
DROP INDEX ix_child_date_of_death;
CREATE INDEX ix_child_died ON child (date_of_death) WHERE date_of_death IS NOT NULL;
DROP INDEX ix_child_status_archived;
CREATE INDEX ix_child_archived ON child (archived_on) WHERE status = 'ARCHIVED';
