-- The audit chain's head: one row per chain, locked briefly by each append (order comes from the database, not a
-- Java lock, so several instances can append). Login state lives here too, not in a JVM, for the same reason.
CREATE TABLE audit_chain_head (
    chain_id   INTEGER     NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (chain_id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- A TOTP code may be used once: the step it matched is recorded per account (old rows are purged).
CREATE TABLE used_token_step (
    account_id  BIGINT    NOT NULL REFERENCES account (id),
    time_step   BIGINT    NOT NULL,
    used_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (account_id, time_step)
);

-- Failed logins per client address in fixed windows, for throttling.
CREATE TABLE login_throttle (
    client_address  VARCHAR(64) NOT NULL,
    window_start    TIMESTAMP   NOT NULL,
    failures        INTEGER     NOT NULL,
    PRIMARY KEY (client_address, window_start)
);
