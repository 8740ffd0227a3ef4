-- Followers of the audit stream (Management console issue): daily activity counts for the dashboard's charts, and
-- misuse rules raising alerts. Each reads events in sequence order after its checkpoint and advances it in the
-- same transaction as what it wrote, so a page is applied exactly once whatever stops the server.
CREATE TABLE audit_follower (
    name      VARCHAR(32)  NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL
);
-- Activity counts cover the whole trail (a cheap catch-up: one sum per page); misuse rules start from now, so a
-- database with years of events does not raise alerts about its past on the day this is deployed.
INSERT INTO audit_follower (name, last_seq) VALUES ('activity', 0);
INSERT INTO audit_follower (name, last_seq) SELECT 'misuse', COALESCE(MAX(last_seq), 0) FROM audit_chain_head;

-- Events per day, authority (the actor's; 'national' for none) and series (record views, searches, denied, failed logins).
CREATE TABLE activity_day (
    on_day   DATE         NOT NULL,
    la_code  VARCHAR(9)   NOT NULL,
    series   VARCHAR(16)  NOT NULL,
    events   BIGINT       NOT NULL,
    PRIMARY KEY (on_day, la_code, series)
);
CREATE INDEX ix_activity_day_la ON activity_day (la_code, on_day);

-- An authority's thresholds for the misuse rules; an authority without a row has the defaults (MisuseThresholds).
CREATE TABLE misuse_threshold (
    la_code               VARCHAR(9)  NOT NULL PRIMARY KEY REFERENCES local_authority (code),
    views_per_hour        INTEGER     NOT NULL,
    searches_per_hour     INTEGER     NOT NULL,
    views_per_search_pct  INTEGER     NOT NULL,
    work_start_hour       INTEGER     NOT NULL,
    work_end_hour         INTEGER     NOT NULL,
    new_address_days      INTEGER     NOT NULL,
    updated_by            VARCHAR(64) NOT NULL,
    updated_at            TIMESTAMP   NOT NULL,
    version               BIGINT      NOT NULL
);

-- A possible misuse for a team to look at. One per rule, user and period (the key), however many events match.
CREATE TABLE misuse_alert (
    id            BIGINT        NOT NULL PRIMARY KEY,
    la_code       VARCHAR(9)    NOT NULL,
    rule          VARCHAR(24)   NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    period_key    VARCHAR(40)   NOT NULL,
    raised_at     TIMESTAMP     NOT NULL,
    first_seq     BIGINT        NOT NULL,
    detail        VARCHAR(400)  NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    handled_by    VARCHAR(64),
    handled_at    TIMESTAMP,
    note          VARCHAR(1000),
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_misuse_alert UNIQUE (rule, actor, period_key),
    CONSTRAINT ck_misuse_alert_status CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'ESCALATED'))
);
CREATE INDEX ix_misuse_alert_la_status ON misuse_alert (la_code, status, raised_at);
CREATE SEQUENCE misuse_alert_seq START WITH 50 INCREMENT BY 50;
