-- A family name misspelt in its first letters (Lycnh, Wlsh) shares no key with the held name; with an exact date of
-- birth and the given name's sound the child is still a few rows away.
CREATE INDEX ix_search_key_dob_given ON child_search_key (date_of_birth, given_metaphone);
