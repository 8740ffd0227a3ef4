-- Partner systems may authenticate with a client certificate (mutual TLS) instead of an API key.
-- The server's TLS layer checks the certificate chain against the domain's truststore; this table pins which
-- certificate belongs to which partner-system account, by the SHA-256 of its DER encoding.
CREATE TABLE client_certificate (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    account_id           BIGINT        NOT NULL REFERENCES account (id),
    sha256               VARCHAR(64)   NOT NULL,
    subject              VARCHAR(500)  NOT NULL,
    not_after            TIMESTAMP     NOT NULL,
    requests_per_second  INTEGER       NOT NULL,
    registered_at        TIMESTAMP     NOT NULL,
    revoked_at           TIMESTAMP,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_client_certificate_sha256 UNIQUE (sha256)
);
CREATE INDEX ix_client_certificate_account ON client_certificate (account_id);
CREATE SEQUENCE client_certificate_seq START WITH 50 INCREMENT BY 50;
