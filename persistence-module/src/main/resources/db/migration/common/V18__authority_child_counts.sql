-- The dashboard's live and shielded children per authority, counted by a timer (ChildCounting) rather than at every
-- reading: at 12 million children the count took 2.3 s, and a national view would wait for it each time.
CREATE TABLE authority_child_count (
    la_code    VARCHAR(9) PRIMARY KEY REFERENCES local_authority (code),
    children   BIGINT    NOT NULL,
    shielded   BIGINT    NOT NULL,
    counted_at TIMESTAMP NOT NULL
);
