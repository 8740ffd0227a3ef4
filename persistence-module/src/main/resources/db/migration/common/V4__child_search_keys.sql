-- Search keys (ARCHITECTURE.md §6): one row per name a child is known by (current, known-as, previous), computed in
-- Java whenever the child's identity or address changes, so a search is a few B-tree lookups on H2 and PostgreSQL.
-- Each name key is indexed with the birth year: a search always gives a date of birth, a year or an age range.
CREATE SEQUENCE child_search_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE child_search_key (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    child_id              BIGINT       NOT NULL REFERENCES child (id),
    name_kind             VARCHAR(16)  NOT NULL,
    family_norm           VARCHAR(100) NOT NULL,
    family_metaphone      VARCHAR(8)   NOT NULL,
    family_metaphone_alt  VARCHAR(8)   NOT NULL,
    family_nysiis         VARCHAR(8)   NOT NULL,
    family_prefix         VARCHAR(3)   NOT NULL,
    given_norm            VARCHAR(100) NOT NULL,
    given_first           VARCHAR(50)  NOT NULL,
    given_metaphone       VARCHAR(8)   NOT NULL,
    given_nickname_group  VARCHAR(24),
    date_of_birth         DATE         NOT NULL,
    birth_year            INTEGER      NOT NULL,
    gender                VARCHAR(8)   NOT NULL,
    postcode              VARCHAR(8),
    postcode_district     VARCHAR(4),
    town_norm             VARCHAR(100)
);
CREATE INDEX ix_search_key_child ON child_search_key (child_id);
CREATE INDEX ix_search_key_family ON child_search_key (family_norm, birth_year);
CREATE INDEX ix_search_key_metaphone ON child_search_key (family_metaphone, birth_year);
CREATE INDEX ix_search_key_metaphone_alt ON child_search_key (family_metaphone_alt, birth_year);
CREATE INDEX ix_search_key_nysiis ON child_search_key (family_nysiis, birth_year);
CREATE INDEX ix_search_key_prefix_dob ON child_search_key (family_prefix, date_of_birth);
