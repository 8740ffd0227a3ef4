package org.contactpoint.audit.entity;

/**
 * The statements that append to the audit chain: lock the chain's head row, then advance it. Shared by the server's
 * appender and the append benchmark, so the benchmark measures exactly what the server does.
 */
public final class ChainHead {

    /** Locks the head of a chain for the rest of the transaction; answers (last_seq, last_hash). */
    public static final String LOCK = "SELECT last_seq, last_hash FROM audit_chain_head WHERE chain_id = ? FOR UPDATE";

    /** Moves the head to the event just appended: (seq, hash, chain). */
    public static final String ADVANCE = "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE chain_id = ?";

    private ChainHead() {
    }
}
