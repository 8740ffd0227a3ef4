-- ContactPoint schema, version 1: the whole domain of ARCHITECTURE.md §4.
-- Written in the SQL that H2 (MODE=LEGACY) and PostgreSQL share; vendor differences go in ../h2 and ../postgresql.
-- No free-text column is wider than a name, an address line or contact details (case information cannot be stored),
-- except the restricted shielding justification and the audit parameters.

CREATE SEQUENCE contactpoint_id_seq START WITH 100000000 INCREMENT BY 1 MINVALUE 100000000 MAXVALUE 999999999 NO CYCLE;

CREATE SEQUENCE child_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE child_other_name_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE child_address_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE child_identifier_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE parent_carer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE setting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE gp_practice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE child_setting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE child_gp_practice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE involvement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE shielding_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE shielding_decision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE source_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE local_authority (
    code        VARCHAR(9)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    phone       VARCHAR(24),
    email       VARCHAR(200)
);

CREATE TABLE postcode_district (
    district              VARCHAR(4) NOT NULL PRIMARY KEY,
    local_authority_code  VARCHAR(9) NOT NULL REFERENCES local_authority (code)
);
CREATE INDEX ix_postcode_district_la ON postcode_district (local_authority_code);

CREATE TABLE setting (
    id        BIGINT       NOT NULL PRIMARY KEY,
    urn       VARCHAR(6)   NOT NULL,
    name      VARCHAR(200) NOT NULL,
    line1     VARCHAR(200),
    line2     VARCHAR(200),
    town      VARCHAR(200),
    postcode  VARCHAR(8),
    phone     VARCHAR(24),
    email     VARCHAR(200),
    version   BIGINT       NOT NULL,
    CONSTRAINT uq_setting_urn UNIQUE (urn)
);

CREATE TABLE gp_practice (
    id             BIGINT       NOT NULL PRIMARY KEY,
    practice_code  VARCHAR(6)   NOT NULL,
    name           VARCHAR(200) NOT NULL,
    line1          VARCHAR(200),
    line2          VARCHAR(200),
    town           VARCHAR(200),
    postcode       VARCHAR(8),
    phone          VARCHAR(24),
    email          VARCHAR(200),
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_gp_practice_code UNIQUE (practice_code)
);

CREATE TABLE child (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    cp_id                   VARCHAR(10)  NOT NULL,
    given_names             VARCHAR(100) NOT NULL,
    family_name             VARCHAR(100) NOT NULL,
    date_of_birth           DATE         NOT NULL,
    gender                  VARCHAR(8)   NOT NULL,
    status                  VARCHAR(8)   NOT NULL,
    survivor_cp_id          VARCHAR(10),
    responsible_la_code     VARCHAR(9)   REFERENCES local_authority (code),
    shielded                BOOLEAN      NOT NULL,
    date_of_death           DATE,
    archived_on             DATE,
    care_leaver_consent_on  DATE,
    care_leaver_consent_by  VARCHAR(64),
    created_at              TIMESTAMP    NOT NULL,
    updated_at              TIMESTAMP    NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT uq_child_cp_id UNIQUE (cp_id),
    CONSTRAINT ck_child_gender CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT ck_child_status CHECK (status IN ('ACTIVE', 'ARCHIVED', 'MERGED'))
);
CREATE INDEX ix_child_family_dob ON child (family_name, date_of_birth);
CREATE INDEX ix_child_dob ON child (date_of_birth);
CREATE INDEX ix_child_la ON child (responsible_la_code);

CREATE TABLE child_other_name (
    id           BIGINT       NOT NULL PRIMARY KEY,
    child_id     BIGINT       NOT NULL REFERENCES child (id),
    name_type    VARCHAR(16)  NOT NULL,
    given_names  VARCHAR(100),
    family_name  VARCHAR(100)
);
CREATE INDEX ix_child_other_name_child ON child_other_name (child_id);

CREATE TABLE child_address (
    id          BIGINT       NOT NULL PRIMARY KEY,
    child_id    BIGINT       NOT NULL REFERENCES child (id),
    line1       VARCHAR(200),
    line2       VARCHAR(200),
    town        VARCHAR(200),
    postcode    VARCHAR(8),
    valid_from  DATE,
    valid_to    DATE
);
CREATE INDEX ix_child_address_child ON child_address (child_id);

CREATE TABLE child_identifier (
    id                BIGINT      NOT NULL PRIMARY KEY,
    child_id          BIGINT      NOT NULL REFERENCES child (id),
    scheme            VARCHAR(16) NOT NULL,
    identifier_value  VARCHAR(32) NOT NULL
);
CREATE INDEX ix_child_identifier_value ON child_identifier (scheme, identifier_value);
CREATE INDEX ix_child_identifier_child ON child_identifier (child_id);

CREATE TABLE parent_carer (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    child_id                 BIGINT       NOT NULL REFERENCES child (id),
    name                     VARCHAR(100) NOT NULL,
    relationship             VARCHAR(32)  NOT NULL,
    parental_responsibility  BOOLEAN      NOT NULL,
    phone                    VARCHAR(24),
    email                    VARCHAR(200),
    line1                    VARCHAR(200),
    line2                    VARCHAR(200),
    town                     VARCHAR(200),
    postcode                 VARCHAR(8)
);
CREATE INDEX ix_parent_carer_child ON parent_carer (child_id);

CREATE TABLE child_setting (
    id          BIGINT NOT NULL PRIMARY KEY,
    child_id    BIGINT NOT NULL REFERENCES child (id),
    setting_id  BIGINT NOT NULL REFERENCES setting (id),
    valid_from  DATE,
    valid_to    DATE
);
CREATE INDEX ix_child_setting_child ON child_setting (child_id);
CREATE INDEX ix_child_setting_setting ON child_setting (setting_id);

CREATE TABLE child_gp_practice (
    id              BIGINT NOT NULL PRIMARY KEY,
    child_id        BIGINT NOT NULL REFERENCES child (id),
    gp_practice_id  BIGINT NOT NULL REFERENCES gp_practice (id),
    valid_from      DATE,
    valid_to        DATE
);
CREATE INDEX ix_child_gp_practice_child ON child_gp_practice (child_id);
CREATE INDEX ix_child_gp_practice_practice ON child_gp_practice (gp_practice_id);

CREATE TABLE consent (
    id             BIGINT       NOT NULL PRIMARY KEY,
    child_id       BIGINT       NOT NULL REFERENCES child (id),
    service_type   VARCHAR(32)  NOT NULL,
    given_by       VARCHAR(16)  NOT NULL,
    given_by_name  VARCHAR(100) NOT NULL,
    given_at       TIMESTAMP    NOT NULL,
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    TIMESTAMP    NOT NULL,
    withdrawn_at   TIMESTAMP,
    withdrawn_by   VARCHAR(64),
    version        BIGINT       NOT NULL
);
CREATE INDEX ix_consent_child ON consent (child_id);

CREATE TABLE involvement (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    child_id              BIGINT       NOT NULL REFERENCES child (id),
    service_type          VARCHAR(32)  NOT NULL,
    service_name          VARCHAR(200) NOT NULL,
    owner_organisation    VARCHAR(32)  NOT NULL,
    practitioner_name     VARCHAR(100),
    phone                 VARCHAR(24),
    email                 VARCHAR(200),
    valid_from            DATE         NOT NULL,
    valid_to              DATE,
    lead_professional     BOOLEAN      NOT NULL,
    assessment_completed  BOOLEAN      NOT NULL,
    consent_id            BIGINT       REFERENCES consent (id),
    harm_declared         BOOLEAN      NOT NULL,
    version               BIGINT       NOT NULL,
    -- Regulation 11(3): a sensitive service is held only with consent or a declared reasonable cause to suspect harm.
    CONSTRAINT ck_involvement_sensitive_lawful CHECK (
        service_type NOT IN ('SEXUAL_HEALTH', 'MENTAL_HEALTH', 'SUBSTANCE_MISUSE')
        OR consent_id IS NOT NULL OR harm_declared = TRUE)
);
CREATE INDEX ix_involvement_child ON involvement (child_id);
CREATE INDEX ix_involvement_consent ON involvement (consent_id);

CREATE TABLE shielding_request (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    child_id             BIGINT       NOT NULL REFERENCES child (id),
    requested_by         VARCHAR(64)  NOT NULL,
    requested_at         TIMESTAMP    NOT NULL,
    on_behalf_of_parent  BOOLEAN      NOT NULL,
    ground               VARCHAR(40)  NOT NULL,
    justification        VARCHAR(500) NOT NULL,
    status               VARCHAR(24)  NOT NULL,
    version              BIGINT       NOT NULL
);
CREATE INDEX ix_shielding_request_child ON shielding_request (child_id);
CREATE INDEX ix_shielding_request_status ON shielding_request (status, requested_at);

CREATE TABLE shielding_decision (
    id          BIGINT       NOT NULL PRIMARY KEY,
    request_id  BIGINT       NOT NULL REFERENCES shielding_request (id),
    kind        VARCHAR(32)  NOT NULL,
    decided_by  VARCHAR(64)  NOT NULL,
    decided_at  TIMESTAMP    NOT NULL,
    review_on   DATE,
    reason      VARCHAR(500)
);
CREATE INDEX ix_shielding_decision_request ON shielding_decision (request_id);

CREATE TABLE account (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    username                  VARCHAR(64)  NOT NULL,
    display_name              VARCHAR(100) NOT NULL,
    email                     VARCHAR(200),
    organisation_code         VARCHAR(32)  NOT NULL,
    organisation_name         VARCHAR(200) NOT NULL,
    national_partner          BOOLEAN      NOT NULL,
    local_authority_code      VARCHAR(9)   REFERENCES local_authority (code),
    service_type              VARCHAR(32),
    status                    VARCHAR(16)  NOT NULL,
    password_hash             VARCHAR(512),
    pin_hash                  VARCHAR(512),
    token_secret              VARCHAR(512),
    activation_code_hash      VARCHAR(512),
    activation_expires_at     TIMESTAMP,
    failed_attempts           INTEGER      NOT NULL,
    cp_training_on            DATE,
    info_sharing_training_on  DATE,
    identity_checked_on       DATE,
    enhanced_check_on         DATE,
    last_login_at             TIMESTAMP,
    created_at                TIMESTAMP    NOT NULL,
    version                   BIGINT       NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username)
);
CREATE INDEX ix_account_la ON account (local_authority_code);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    role        VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE source_record (
    id                BIGINT      NOT NULL PRIMARY KEY,
    source_system     VARCHAR(32) NOT NULL,
    source_record_id  VARCHAR(64) NOT NULL,
    record_version    BIGINT      NOT NULL,
    child_id          BIGINT      REFERENCES child (id),
    outcome           VARCHAR(8)  NOT NULL,
    received_at       TIMESTAMP   NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT uq_source_record UNIQUE (source_system, source_record_id)
);
CREATE INDEX ix_source_record_child ON source_record (child_id);

CREATE TABLE audit_event (
    seq                   BIGINT        NOT NULL PRIMARY KEY,
    occurred_at           TIMESTAMP     NOT NULL,
    actor                 VARCHAR(64)   NOT NULL,
    actor_role            VARCHAR(40),
    local_authority_code  VARCHAR(9),
    channel               VARCHAR(8)    NOT NULL,
    action                VARCHAR(64)   NOT NULL,
    target_cp_id          VARCHAR(10),
    parameters            VARCHAR(4000),
    outcome               VARCHAR(8)    NOT NULL,
    client_address        VARCHAR(64),
    previous_hash         VARCHAR(64)   NOT NULL,
    hash                  VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, seq);
CREATE INDEX ix_audit_event_target ON audit_event (target_cp_id, seq);
CREATE INDEX ix_audit_event_la_time ON audit_event (local_authority_code, occurred_at);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
