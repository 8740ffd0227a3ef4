-- A child's schools and GP practices follow a merge and an unmerge as its other rows do (V24): which of the feed's
-- source records said each, so an unmerge moves back what the merged record's sources said while merged.
ALTER TABLE child_setting ADD COLUMN from_source_record BIGINT;
ALTER TABLE child_gp_practice ADD COLUMN from_source_record BIGINT;
