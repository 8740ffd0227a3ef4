package org.contactpoint.audit.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;

/**
 * Walks the audit hash chain in sequence order and names the first event whose sequence, previous hash or own hash
 * does not follow: the one check, for the command-line {@code audit-verify} and the console alike.
 */
public final class ChainWalk {

    /** How often progress is reported, in events. */
    public static final int PROGRESS_EVERY = 10_000;

    /** The outcome of a walk: how many events were checked, and the first broken sequence if any. */
    public record Result(long checked, Long brokenAt, String reason) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    private ChainWalk() {
    }

    /** Streams the chain (constant memory) in a read-only transaction of its own on {@code c}. */
    public static Result verify(Connection c, LongConsumer progress) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        try (PreparedStatement s = c.prepareStatement("SELECT seq, occurred_at, actor, actor_role, local_authority_code, "
                + "channel, action, target_cp_id, parameters, outcome, client_address, previous_hash, hash "
                + "FROM audit_event ORDER BY seq")) {
            s.setFetchSize(PROGRESS_EVERY);
            String previous = AuditEvent.GENESIS;
            long expected = 1;
            long checked = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (seq != expected) {
                        return new Result(checked, expected, "event " + expected + " is missing (next is " + seq + ")");
                    }
                    AuditEvent e = new AuditEvent(seq, rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), Channel.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9), Outcome.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13));
                    if (!e.previousHash().equals(previous)) {
                        return new Result(checked, seq, "its previous hash does not match event " + (seq - 1));
                    }
                    if (!e.verifies(previous)) {
                        return new Result(checked, seq, "its content does not match its hash (the row was changed)");
                    }
                    previous = e.hash();
                    expected++;
                    checked++;
                    if (progress != null && checked % PROGRESS_EVERY == 0) {
                        progress.accept(checked);
                    }
                }
            }
            return new Result(checked, null, null);
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }
}
