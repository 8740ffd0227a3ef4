-- Record lifecycle (Management console issue): archiving at 18 (25 for consenting care leavers, a year after death)
-- and purging six years after archiving. Each run, real or dry, keeps its summary: counts per authority and action.
CREATE TABLE lifecycle_run (
    id           BIGINT       NOT NULL PRIMARY KEY,
    as_of        DATE         NOT NULL,
    dry_run      BOOLEAN      NOT NULL,
    started_by   VARCHAR(64)  NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR(12)  NOT NULL,
    failure      VARCHAR(400),
    version      BIGINT       NOT NULL,
    CONSTRAINT ck_lifecycle_run_status CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'))
);
CREATE INDEX ix_lifecycle_run_started ON lifecycle_run (started_at);
CREATE SEQUENCE lifecycle_run_seq START WITH 1 INCREMENT BY 1;

-- Counts are added chunk by chunk in the chunk's own transaction, so a run cut short still says what it did.
CREATE TABLE lifecycle_run_count (
    run_id    BIGINT       NOT NULL REFERENCES lifecycle_run (id),
    la_code   VARCHAR(9)   NOT NULL,
    action    VARCHAR(24)  NOT NULL,
    children  BIGINT       NOT NULL,
    PRIMARY KEY (run_id, la_code, action)
);

-- What the daily sweep reads: live children by date of birth, archived ones by archiving date, the deceased.
CREATE INDEX ix_child_status_dob ON child (status, date_of_birth);
CREATE INDEX ix_child_status_archived ON child (status, archived_on);
CREATE INDEX ix_child_date_of_death ON child (date_of_death);
