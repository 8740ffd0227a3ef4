package org.contactpoint.feed.control;

import jakarta.persistence.EntityManager;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The order in which feed chunks write, whatever batch, source or server they come from: a chunk reads while others
 * write, then writes alone (it locks the {@code feed_lock} row until it commits) and leaves what it wrote under the
 * next number (V20). Before writing, a chunk asks whether any chunk that wrote since it began reading wrote something
 * its reads depended on ({@link ChunkReads#dependencies()}); if so it reads again, under the lock. Two batches with
 * records of the same new child therefore never both create it, and chunks of unrelated children still read at once.
 */
final class ChunkSequence {

    /** Write sets kept; a chunk that began reading longer ago than this many writes reads again. */
    static final int KEPT = 1_000;

    private ChunkSequence() {
    }

    /** The number of chunks written so far, read without waiting (before a chunk's reads). */
    static long written(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT chunk_seq FROM feed_lock WHERE id = 1").getSingleResult()).longValue();
    }

    /** Waits for the chunk writing now, and holds every other chunk's writing until this transaction ends. */
    static long lock(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT chunk_seq FROM feed_lock WHERE id = 1 FOR UPDATE").getSingleResult())
                .longValue();
    }

    /** Whether a chunk written after {@code readAt} (up to {@code now}, the lock's number) wrote any of these. */
    static boolean writtenSince(EntityManager em, long readAt, long now, Set<Long> dependencies) {
        if (now == readAt) {
            return false;
        }
        if (now - readAt > KEPT) {
            return true;
        }
        for (Object row : em.createNativeQuery("SELECT key_hashes FROM feed_chunk_write WHERE chunk_seq > ?1")
                .setParameter(1, readAt).getResultList()) {
            ByteBuffer hashes = ByteBuffer.wrap((byte[]) row);
            while (hashes.hasRemaining()) {
                if (dependencies.contains(hashes.getLong())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Leaves this chunk's writes under the next number (called under the lock, at the end of the chunk). */
    static void wrote(EntityManager em, long lockedAt, Set<Long> writes) {
        ByteBuffer hashes = ByteBuffer.allocate(writes.size() * Long.BYTES);
        writes.forEach(hashes::putLong);
        long next = lockedAt + 1;
        em.createNativeQuery("INSERT INTO feed_chunk_write (chunk_seq, key_hashes) VALUES (?1, ?2)")
                .setParameter(1, next).setParameter(2, hashes.array()).executeUpdate();
        em.createNativeQuery("UPDATE feed_lock SET chunk_seq = ?1 WHERE id = 1").setParameter(1, next).executeUpdate();
        em.createNativeQuery("DELETE FROM feed_chunk_write WHERE chunk_seq <= ?1").setParameter(1, next - KEPT).executeUpdate();
    }

    /** A 64-bit hash (FNV-1a) of what a key says: two different keys sharing one only make a chunk read again. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
