-- The same trap as V22, for the source records a chunk's lines may already be (source_record_id IN (...) AND
-- source_system = ?): statistics taken before a source's first records put that source at one row, and PostgreSQL
-- scanned all of its records through the source alone, 12 ms a read and growing through the benefits feed at
-- 100,000 children. With the record id first, the IN list is the index condition; the pair stays unique.
ALTER TABLE source_record DROP CONSTRAINT uq_source_record;
ALTER TABLE source_record ADD CONSTRAINT uq_source_record UNIQUE (source_record_id, source_system);
