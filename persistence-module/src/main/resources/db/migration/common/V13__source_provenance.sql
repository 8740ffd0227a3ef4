-- Golden-record survivorship with provenance (National-scale issue). Each source record keeps what its source said
-- about the child's identity, so "which source said what, when" can be shown and the golden record chosen again
-- when a source changes or a merge joins or parts two children's sources. Null where the source did not say it.
ALTER TABLE source_record ADD COLUMN given_names VARCHAR(100);
ALTER TABLE source_record ADD COLUMN family_name VARCHAR(100);
ALTER TABLE source_record ADD COLUMN date_of_birth DATE;
ALTER TABLE source_record ADD COLUMN gender VARCHAR(8);
ALTER TABLE source_record ADD COLUMN line1 VARCHAR(200);
ALTER TABLE source_record ADD COLUMN line2 VARCHAR(200);
ALTER TABLE source_record ADD COLUMN town VARCHAR(200);
ALTER TABLE source_record ADD COLUMN postcode VARCHAR(8);

-- The survivor's identity before a merge, put back by an unmerge.
ALTER TABLE child_merge ADD COLUMN survivor_given_names VARCHAR(100);
ALTER TABLE child_merge ADD COLUMN survivor_family_name VARCHAR(100);
ALTER TABLE child_merge ADD COLUMN survivor_date_of_birth DATE;
ALTER TABLE child_merge ADD COLUMN survivor_gender VARCHAR(8);

-- A child coming to live in a shielded child's home is shielded too: homes are found by postcode.
CREATE INDEX ix_child_address_postcode ON child_address (postcode);
