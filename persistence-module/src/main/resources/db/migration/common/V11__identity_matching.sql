-- Identity matching (National-scale issue): the blocking passes a feed record's candidates are found by, and the
-- review queue of uncertain matches. Each pass is one index range; postcode is never required.
--   DOB + phonetic family name
CREATE INDEX ix_search_key_metaphone_dob ON child_search_key (family_metaphone, date_of_birth);
--   DOB + given-name initial + postcode district (family name changed or badly misspelt)
CREATE INDEX ix_search_key_district_dob ON child_search_key (postcode_district, date_of_birth);
--   phonetic given and family names + birth year (day and month swapped or mistyped)
CREATE INDEX ix_search_key_names_year ON child_search_key (given_metaphone, family_metaphone, birth_year);

-- A feed record that scored between the thresholds against a held child becomes a child of its own (shielded at
-- once when the held child is) and waits here for its local authority's decision: same person (merged into the
-- held child) or different people (remembered, never proposed again).
CREATE SEQUENCE match_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE match_review (
    id                    BIGINT           NOT NULL PRIMARY KEY,
    child_id              BIGINT           NOT NULL REFERENCES child (id),
    candidate_id          BIGINT           NOT NULL REFERENCES child (id),
    source_system         VARCHAR(32)      NOT NULL,
    source_record_id      VARCHAR(64)      NOT NULL,
    score                 DOUBLE PRECISION NOT NULL,
    agreements            VARCHAR(200)     NOT NULL,
    local_authority_code  VARCHAR(9)       REFERENCES local_authority (code),
    status                VARCHAR(10)      NOT NULL,
    decided_by            VARCHAR(64),
    decided_at            TIMESTAMP,
    created_at            TIMESTAMP        NOT NULL,
    version               BIGINT           NOT NULL,
    CONSTRAINT ck_match_review_status CHECK (status IN ('PENDING', 'SAME', 'DIFFERENT')),
    CONSTRAINT uq_match_review_pair UNIQUE (child_id, candidate_id)
);
CREATE INDEX ix_match_review_queue ON match_review (local_authority_code, status, id);
CREATE INDEX ix_match_review_candidate ON match_review (candidate_id);
