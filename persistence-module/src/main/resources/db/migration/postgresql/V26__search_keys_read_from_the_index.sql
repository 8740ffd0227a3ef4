-- A search by year of birth or age range reads every key row of the family name's sounds born in those years
-- (15,657 rows for "brown", 2014-2016, at 12 million children). Read from the table, those rows lie where the feed
-- happened to write them, one page each: 13,835 pages, 256 ms (docs/benchmarks.md, sixteenth run). A B-tree keeps
-- its entries in key order as rows arrive, so the sound-and-date index now carries every column a search scores
-- (ChildFinder reads them with an index-only scan: a few hundred pages, in order, with no maintenance window), and
-- the other name indexes carry the sound and the row id, so the rows they add beyond the sound's are found from the
-- index too. H2 has no INCLUDE: there the same query reads the table as before.
DROP INDEX ix_search_key_metaphone_dob;
CREATE INDEX ix_search_key_metaphone_dob ON child_search_key (family_metaphone, date_of_birth)
    INCLUDE (child_id, family_norm, family_metaphone_alt, family_nysiis, given_norm, given_first, given_metaphone,
             gender, postcode, postcode_district, town_norm);
DROP INDEX ix_search_key_family_dob;
CREATE INDEX ix_search_key_family_dob ON child_search_key (family_norm, date_of_birth) INCLUDE (family_metaphone, id);
DROP INDEX ix_search_key_metaphone_alt_dob;
CREATE INDEX ix_search_key_metaphone_alt_dob ON child_search_key (family_metaphone_alt, date_of_birth)
    INCLUDE (family_metaphone, id);
DROP INDEX ix_search_key_nysiis_dob;
CREATE INDEX ix_search_key_nysiis_dob ON child_search_key (family_nysiis, date_of_birth) INCLUDE (family_metaphone, id);
