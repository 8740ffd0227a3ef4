package org.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.GroupCommit;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;


/**
 * Appends to the audit hash chain in a transaction of its own, so an event survives the rollback of the call it
 * records. Order comes from the database: the chain head row is locked while a batch is written, which serialises
 * appends across every instance; concurrent appends on one instance share that lock and one commit.
 */
@ApplicationScoped
public class AuditChain {

    public static final int CHAIN = 1;

    @Inject
    AuditBatch batch;

    /** Groups concurrent appends into one transaction each (see {@link GroupCommit}). */
    private final GroupCommit<Entry, AuditEvent> commits = new GroupCommit<>(entries -> batch.write(entries));

    /** One event to append: everything but its place in the chain. */
    public record Entry(String actor, String actorRole, String localAuthorityCode, Channel channel, String action,
                        String targetCpId, String parameters, Outcome outcome, String clientAddress) {
    }

    /** Appends and returns once the event is committed (whatever happens to the caller's own transaction). */
    public AuditEvent append(Entry e) {
        return commits.append(e);
    }
}
