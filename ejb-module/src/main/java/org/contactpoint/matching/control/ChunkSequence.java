package org.contactpoint.matching.control;

import jakarta.persistence.EntityManager;
import org.contactpoint.child.entity.Child;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which feed chunks write, whatever batch, source or server they come from: a chunk reads while others
 * write, then writes alone (it locks the {@code feed_lock} row until it commits) and leaves what it wrote under the
 * next number (V20). Before writing, a chunk asks whether any chunk that wrote since it began reading wrote something
 * its reads depended on; if so it reads again, under the lock. Two batches with records of the same new child
 * therefore never both create it, and chunks of unrelated children still read at once.
 * <p>
 * A team's change to a child outside the feed takes its place in the sequence too: a shielding ({@link #shielded}),
 * a merge or an unmerge ({@link #changed}). A chunk that read the child before reads again, and one already writing
 * finishes before the change reads what it wrote.
 * What was written is kept as 64-bit hashes of keys: {@link #source}, {@link #child}, {@link #blocking}, {@link #home}.
 */
public final class ChunkSequence {

    /** Write sets kept; a chunk that began reading longer ago than this many writes reads again. */
    static final int KEPT = 1_000;

    private ChunkSequence() {
    }

    /** The number of chunks written so far, read without waiting (before a chunk's reads). */
    public static long written(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT chunk_seq FROM feed_lock WHERE id = 1").getSingleResult()).longValue();
    }

    /**
     * Waits for the chunk writing now, and holds every other chunk's writing until this transaction ends. Taken before
     * any child row is locked: a chunk holding it may be waiting for one.
     */
    public static long lock(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT chunk_seq FROM feed_lock WHERE id = 1 FOR UPDATE").getSingleResult())
                .longValue();
    }

    /** Whether a chunk written after {@code readAt} (up to {@code now}, the lock's number) wrote any of these. */
    public static boolean writtenSince(EntityManager em, long readAt, long now, Set<Long> dependencies) {
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
    public static void wrote(EntityManager em, long lockedAt, Set<Long> writes) {
        ByteBuffer hashes = ByteBuffer.allocate(writes.size() * Long.BYTES);
        writes.forEach(hashes::putLong);
        long next = lockedAt + 1;
        em.createNativeQuery("INSERT INTO feed_chunk_write (chunk_seq, key_hashes) VALUES (?1, ?2)")
                .setParameter(1, next).setParameter(2, hashes.array()).executeUpdate();
        em.createNativeQuery("UPDATE feed_lock SET chunk_seq = ?1 WHERE id = 1").setParameter(1, next).executeUpdate();
        em.createNativeQuery("DELETE FROM feed_chunk_write WHERE chunk_seq <= ?1").setParameter(1, next - KEPT).executeUpdate();
    }

    /** What a child's shielding changes for the feed: the child, its birthday as a shielded child's, and its home. */
    public static Set<Long> shielded(Child child) {
        Set<Long> keys = new HashSet<>();
        keys.add(child(child.id()));
        BlockingKeys.shieldedBorn(child.dateOfBirth()).forEach(k -> keys.add(blocking(k)));
        child.currentAddress().map(a -> a.address().postcode()).filter(Objects::nonNull).ifPresent(p -> keys.add(home(p)));
        return keys;
    }

    /** What a change to a child outside the feed (a merge) means for the feed: the child itself. */
    public static Set<Long> changed(Child child) {
        return Set.of(child(child.id()));
    }

    public static long source(String sourceSystem, String sourceRecordId) {
        return hash("s:" + sourceSystem + '\u0000' + sourceRecordId);
    }

    public static long child(long id) {
        return hash("c:" + id);
    }

    public static long blocking(BlockingKeys.Key k) {
        return hash("k:" + k.pass() + k.values());
    }

    /** A postcode where a shielded child lives. */
    public static long home(String postcode) {
        return hash("p:" + postcode);
    }

    /** A 64-bit hash (FNV-1a) of what a key says: two different keys sharing one only make a chunk read again. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
