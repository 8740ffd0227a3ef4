-- Chunks read at the same time and write one at a time (FeedChunk, ChunkSequence). feed_lock counts the chunks
-- written; each chunk leaves what it wrote (64-bit hashes of its blocking keys, children, homes and source records)
-- under its number, so a chunk that read before others wrote can tell whether its reads still hold. Only the last
-- thousand are kept.
ALTER TABLE feed_lock ADD COLUMN chunk_seq BIGINT DEFAULT 0 NOT NULL;
CREATE TABLE feed_chunk_write (
    chunk_seq  BIGINT PRIMARY KEY,
    key_hashes BYTEA  NOT NULL
);
