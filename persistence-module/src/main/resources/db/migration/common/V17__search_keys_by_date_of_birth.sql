-- A search reads the family name's spellings and sounds for the dates of birth that can score (V4 keyed them by
-- birth year, so a search read three whole years of a common sound: 20,000 rows at 12 million children).
-- Keyed by date, the same indexes serve a year or an age range as a date range. The metaphone one already
-- exists (V11, blocking), so a new child updates one index fewer.
DROP INDEX IF EXISTS ix_search_key_family;
DROP INDEX IF EXISTS ix_search_key_metaphone;
DROP INDEX IF EXISTS ix_search_key_metaphone_alt;
DROP INDEX IF EXISTS ix_search_key_nysiis;
CREATE INDEX ix_search_key_family_dob ON child_search_key (family_norm, date_of_birth);
CREATE INDEX ix_search_key_metaphone_alt_dob ON child_search_key (family_metaphone_alt, date_of_birth);
CREATE INDEX ix_search_key_nysiis_dob ON child_search_key (family_nysiis, date_of_birth);
