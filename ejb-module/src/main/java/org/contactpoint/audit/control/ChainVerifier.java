package org.contactpoint.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.contactpoint.audit.api.VerificationStatus;
import org.contactpoint.audit.entity.ChainWalk;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Holds this server's latest chain walk and runs one at a time on the server's threads, outside any transaction. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainVerifier {

    private static final Logger LOG = Logger.getLogger(ChainVerifier.class.getName());

    @Resource(lookup = "jdbc/contactpoint")
    DataSource dataSource;

    private final AtomicReference<VerificationStatus> latest = new AtomicReference<>(VerificationStatus.notStarted());
    private volatile CompletableFuture<VerificationStatus> finished = CompletableFuture.completedFuture(VerificationStatus.notStarted());
    private final Clock clock = Clock.systemUTC();

    public VerificationStatus status() {
        return latest.get();
    }

    /** Claims the walk for {@code by}; false when one is running. */
    public boolean claim(String by) {
        VerificationStatus current = latest.get();
        if (current.state() == VerificationStatus.State.RUNNING) {
            return false;
        }
        boolean claimed = latest.compareAndSet(current, new VerificationStatus(VerificationStatus.State.RUNNING, 0, 0, null,
                null, by, clock.instant(), null));
        if (claimed) {
            finished = new CompletableFuture<>();
        }
        return claimed;
    }

    /** The latest walk's outcome once it has finished (for callers that must wait, such as tests). */
    public VerificationStatus awaitLatest(long timeout, TimeUnit unit) throws Exception {
        return finished.get(timeout, unit);
    }

    /** Walks the chain claimed by {@link #claim}; the future completes with the outcome. */
    @Asynchronous
    public Future<VerificationStatus> walk() {
        VerificationStatus started = latest.get();
        try (Connection c = dataSource.getConnection()) {
            long total = total(c);
            latest.set(with(started, started.state(), 0, total, null, null, null));
            ChainWalk.Result result = ChainWalk.verify(c, checked -> latest.set(with(started, VerificationStatus.State.RUNNING,
                    checked, total, null, null, null)));
            latest.set(with(started, result.intact() ? VerificationStatus.State.INTACT : VerificationStatus.State.BROKEN,
                    result.checked(), Math.max(total, result.checked()), result.brokenAt(), result.reason(), clock.instant()));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Verifying the audit chain failed", e);
            latest.set(with(started, VerificationStatus.State.FAILED, latest.get().checked(), latest.get().total(), null,
                    "The walk could not finish (" + e.getClass().getSimpleName() + "); see the server log.", clock.instant()));
        }
        finished.complete(latest.get());
        return new AsyncResult<>(latest.get());
    }

    private static long total(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_seq FROM audit_chain_head WHERE chain_id = "
                + AuditChain.CHAIN)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static VerificationStatus with(VerificationStatus s, VerificationStatus.State state, long checked, long total,
                                           Long brokenAt, String reason, java.time.Instant finished) {
        return new VerificationStatus(state, checked, total, brokenAt, reason, s.startedBy(), s.startedAt(), finished);
    }
}
