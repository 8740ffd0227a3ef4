-- Partner systems (Partner interfaces issue): API keys, replay protection for writes, and feed batches.

-- A partner system's bearer key: only its SHA-256 is kept. The key is 160 random bits, so a fast hash is safe here
-- (a slow password hash would cost ~64 MiB and tens of milliseconds on every API call).
CREATE TABLE api_key (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    account_id           BIGINT       NOT NULL REFERENCES account (id),
    key_id               VARCHAR(16)  NOT NULL,
    secret_sha256        VARCHAR(64)  NOT NULL,
    requests_per_second  INTEGER      NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    revoked_at           TIMESTAMP,
    version              BIGINT       NOT NULL,
    CONSTRAINT uq_api_key_key_id UNIQUE (key_id)
);
CREATE INDEX ix_api_key_account ON api_key (account_id);
CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;

-- The first answer to a write sent with an Idempotency-Key: a replay gets it back and writes nothing new.
-- Kept with the write in one transaction, so either both are there or neither.
CREATE TABLE idempotent_request (
    caller            VARCHAR(64)   NOT NULL,
    idempotency_key   VARCHAR(128)  NOT NULL,
    request_sha256    VARCHAR(64)   NOT NULL,
    status            INTEGER       NOT NULL,
    location          VARCHAR(400),
    body              VARCHAR(8000),
    created_at        TIMESTAMP     NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);

-- A batch of source records sent by a partner system, processed in the background.
CREATE TABLE feed_batch (
    id              BIGINT       NOT NULL PRIMARY KEY,
    source_system   VARCHAR(32)  NOT NULL,
    submitted_by    VARCHAR(64)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    lines_read      BIGINT       NOT NULL,
    linked          BIGINT       NOT NULL,
    created         BIGINT       NOT NULL,
    review          BIGINT       NOT NULL,
    ignored         BIGINT       NOT NULL,
    rejected        BIGINT       NOT NULL,
    received_at     TIMESTAMP    NOT NULL,
    finished_at     TIMESTAMP,
    failure         VARCHAR(400),
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_feed_batch_source ON feed_batch (source_system, id);
CREATE SEQUENCE feed_batch_seq START WITH 1 INCREMENT BY 1;

-- One line's outcome. Only the line, the source's own id, the outcome, the ContactPoint ID and (for a rejection)
-- the field and reason: never the record's data.
CREATE TABLE feed_batch_line (
    batch_id          BIGINT        NOT NULL REFERENCES feed_batch (id),
    line_no           BIGINT        NOT NULL,
    source_record_id  VARCHAR(64),
    outcome           VARCHAR(8)    NOT NULL,
    child_cp_id       VARCHAR(10),
    field             VARCHAR(100),
    reason            VARCHAR(400),
    PRIMARY KEY (batch_id, line_no)
);
