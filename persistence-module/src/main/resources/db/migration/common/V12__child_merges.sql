-- Merging two records of one child, and undoing it (National-scale issue). A merge moves the merged record's
-- sources, contacts, services, consents, identifiers, other names and shielding requests to the survivor and notes
-- each row it moved or added here, so an unmerge can put back exactly those rows.
CREATE SEQUENCE child_merge_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE child_merge (
    id            BIGINT       NOT NULL PRIMARY KEY,
    survivor_id   BIGINT       NOT NULL REFERENCES child (id),
    merged_id     BIGINT       NOT NULL REFERENCES child (id),
    review_id     BIGINT       REFERENCES match_review (id),
    merged_at     TIMESTAMP    NOT NULL,
    merged_by     VARCHAR(64)  NOT NULL,
    unmerged_at   TIMESTAMP,
    unmerged_by   VARCHAR(64)
);
CREATE INDEX ix_child_merge_merged ON child_merge (merged_id);
CREATE INDEX ix_child_merge_survivor ON child_merge (survivor_id);

CREATE TABLE child_merge_row (
    merge_id    BIGINT       NOT NULL REFERENCES child_merge (id),
    table_name  VARCHAR(32)  NOT NULL,
    row_id      BIGINT       NOT NULL,
    added       BOOLEAN      NOT NULL,
    CONSTRAINT pk_child_merge_row PRIMARY KEY (merge_id, table_name, row_id)
);
