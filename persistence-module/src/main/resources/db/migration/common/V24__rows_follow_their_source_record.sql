-- Which of the feed's source records (source_record.id) put a row on a child. A merge moves the merged record's source
-- records to the survivor, and its later versions add their services, parents, identifiers and names there; an
-- unmerge moves the source records back and, by this column, what they added meanwhile. Null for rows not from a
-- feed. No foreign key: a new child's rows are written in bulk, and the column is only ever compared.
ALTER TABLE involvement ADD COLUMN from_source_record BIGINT;
ALTER TABLE consent ADD COLUMN from_source_record BIGINT;
ALTER TABLE parent_carer ADD COLUMN from_source_record BIGINT;
ALTER TABLE child_identifier ADD COLUMN from_source_record BIGINT;
ALTER TABLE child_other_name ADD COLUMN from_source_record BIGINT;
